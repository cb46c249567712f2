package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.lambdalint.catalog.CollectionFamily;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the calls that remove from a collection can keep pace with the calls that grow it. Most can, or may: a
 * clear, a drain, an eviction under a size or age test, the added key removed again on the adding path, anything
 * not understood. Two cannot, and only those are named: a removal in code nothing runs ({@link UncalledCode}), and
 * the removal of the one key or element a request names ({@code remove(id)}, {@code removeIf(c ->
 * c.id().equals(id))}, {@code invalidate(key)}, the key surely made from the event) on a path separate from every
 * growing call ({@link SeparatePaths}): a CRUD delete route, which takes out one entry when asked while every
 * create adds one.
 */
public final class RemovalPace {
    /** A removal that cannot keep pace: the call, where it is, and why. */
    public record Lag(MethodCallExpr removal, String file, String method, String why) {
    }

    private final InvocationModel model;
    private final ProjectIndex index;
    private final CollectionBounds bounds;
    private final EventDependence event;
    private final SeparatePaths paths;
    private final UncalledCode uncalled;

    public RemovalPace(InvocationModel model, CollectionBounds bounds) {
        this.model = model;
        this.index = model.index();
        this.bounds = bounds;
        this.event = new EventDependence(model);
        this.paths = new SeparatePaths(model);
        this.uncalled = new UncalledCode(model);
    }

    /** Why each removal lags the growth, in the order given; empty when some removal may keep pace. */
    public Optional<List<Lag>> lagging(FieldRef field, CollectionFamily family, List<MethodCallExpr> removals,
                                       List<MethodCallExpr> growth) {
        List<Lag> lags = new ArrayList<>();
        for (MethodCallExpr removal : removals) {
            Optional<Lag> lag = neverRun(removal).or(() -> oneKeyElsewhere(removal, field, family, growth));
            if (lag.isEmpty()) {
                return Optional.empty();
            }
            lags.add(lag.get());
        }
        return Optional.of(lags);
    }

    private Optional<Lag> neverRun(MethodCallExpr removal) {
        return uncalled.uncalledMethodOf(removal).map(m -> lag(removal, m, "runs from no handler"));
    }

    private Optional<Lag> oneKeyElsewhere(MethodCallExpr removal, FieldRef field, CollectionFamily family,
                                          List<MethodCallExpr> growth) {
        if (!family.removesOne().contains(removal.getNameAsString()) || removal.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Optional<CallableDeclaration<?>> method = directlyIn(removal);
        List<CodeUnit> units = method.map(model::unitsDeclaredBy).orElse(List.of());
        if (units.isEmpty()) {
            return Optional.empty(); // not known to run per invocation: nothing to compare the growth with
        }
        CodeUnit unit = units.get(0);
        Optional<Expression> key = removedKey(removal);
        if (key.isEmpty() || mentions(key.get(), field, unit.thisType())
                || bounds.sizeChecked(removal, field, unit.thisType())
                || !event.surelyFromEvent(key.get(), unit)
                || !growth.stream().allMatch(g -> paths.separate(removal, g))) {
            return Optional.empty();
        }
        return Optional.of(lag(removal, method.get(), "removes only the one key the request names, on a path that "
                + "does not add"));
    }

    /** The callable the call is in, with no loop or lambda between them (a loop may remove many). */
    private static Optional<CallableDeclaration<?>> directlyIn(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> callable) {
                return Optional.of(callable);
            }
            if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt
                    || n instanceof LambdaExpr || n instanceof TypeDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * What names the one entry removed: the argument, or for {@code removeIf(e -> e.id().equals(id))} the side of
     * the equality that does not involve the element. Any other predicate (an age, a status) selects many.
     */
    private static Optional<Expression> removedKey(MethodCallExpr removal) {
        if (!removal.getNameAsString().equals("removeIf")) {
            return Optional.of(removal.getArgument(0));
        }
        if (!(removal.getArgument(0) instanceof LambdaExpr lambda) || lambda.getParameters().size() != 1) {
            return Optional.empty();
        }
        String element = lambda.getParameter(0).getNameAsString();
        Optional<Expression> body = lambda.getExpressionBody().or(() -> onlyReturned(lambda.getBody()));
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<Expression> sides = equalitySides(body.get());
        if (sides.size() != 2) {
            return Optional.empty();
        }
        boolean first = mentionsName(sides.get(0), element);
        boolean second = mentionsName(sides.get(1), element);
        return first == second ? Optional.empty() : Optional.of(first ? sides.get(1) : sides.get(0));
    }

    private static Optional<Expression> onlyReturned(Statement body) {
        if (body.isBlockStmt() && body.asBlockStmt().getStatements().size() == 1
                && body.asBlockStmt().getStatement(0) instanceof ReturnStmt ret) {
            return ret.getExpression();
        }
        return body instanceof ExpressionStmt statement ? Optional.of(statement.getExpression()) : Optional.empty();
    }

    private static List<Expression> equalitySides(Expression test) {
        if (test instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.EQUALS) {
            return List.of(binary.getLeft(), binary.getRight());
        }
        if (test instanceof MethodCallExpr call && (call.getNameAsString().equals("equals")
                || call.getNameAsString().equals("equalsIgnoreCase"))) {
            if (call.getArguments().size() == 1 && call.getScope().isPresent()) {
                return List.of(call.getScope().get(), call.getArgument(0));
            }
            if (call.getArguments().size() == 2) {
                return List.of(call.getArgument(0), call.getArgument(1)); // Objects.equals(a, b)
            }
        }
        return List.of();
    }

    private static boolean mentionsName(Expression expression, String name) {
        return Trees.findAll(expression, NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name));
    }

    /** Whether the key is read from the collection itself ({@code map.remove(map.firstKey())}): an eviction. */
    private boolean mentions(Expression key, FieldRef field, String thisType) {
        return Trees.findAll(key, Expression.class, e -> e instanceof NameExpr || e instanceof FieldAccessExpr).stream()
                .anyMatch(e -> bounds.field(e, thisType).map(field::sameField).orElse(false));
    }

    private Lag lag(MethodCallExpr removal, CallableDeclaration<?> method, String why) {
        String type = index.enclosingTypeName(method).orElse("");
        String file = index.type(type).map(index::fileOf).map(f -> f.relativePath()).orElse("?");
        int line = removal.getBegin().map(p -> p.line).orElse(1);
        return new Lag(removal, file + ":" + line, index.displayName(type) + "." + method.getNameAsString(), why);
    }
}
