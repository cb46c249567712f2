package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reconnect spread over helpers: the connection a helper opens and returns comes back, through every
 * per-invocation caller, into a kept field, and opening it depends on a check of that field's value, made where
 * the field is assigned ({@code if (!db.isValid(1)) db = utils.open();}) or in a helper the field is passed to
 * ({@code db = utils.refresh(db)}, where {@code refresh(current)} returns {@code current} unless
 * {@code current == null || !current.isValid(1)}). That keeps one connection per environment, replaced only
 * when it died, whatever the number of helpers in between.
 */
final class HelperReconnects {
    private static final int MAX_DEPTH = 4;
    private final InvocationModel model;

    HelperReconnects(InvocationModel model) {
        this.model = model;
    }

    /** Whether the connection opened at {@code open}, returned by its method, reaches kept fields only that way. */
    boolean keptThroughHelpers(Node open, CodeUnit unit, Handler handler) {
        return open instanceof Expression value && returned(value, unit)
                && callersKeep(value, unit, handler, checks(value, List.of()), 0);
    }

    /** Every per-invocation call of the unit returning {@code value} keeps the result as a checked reconnect. */
    private boolean callersKeep(Expression value, CodeUnit unit, Handler handler, List<Expression> checked,
                                int depth) {
        if (depth >= MAX_DEPTH || !(unit.declaration() instanceof CallableDeclaration<?> callable)) {
            return false;
        }
        List<Integer> checkedParameters = new ArrayList<>();
        for (Expression e : checked) {
            model.calls().declarationOf(e, unit).filter(Parameter.class::isInstance)
                    .map(p -> callable.getParameters().indexOf((Parameter) p))
                    .filter(i -> i >= 0 && !checkedParameters.contains(i)).ifPresent(checkedParameters::add);
        }
        List<InvocationModel.CallSite> sites = model.callSitesOf(callable);
        if (sites.isEmpty()) {
            return false;
        }
        for (InvocationModel.CallSite site : sites) {
            if (!(site.node() instanceof MethodCallExpr call)) {
                return false;
            }
            List<Expression> passed = new ArrayList<>();
            checkedParameters.stream().filter(i -> i < call.getArguments().size())
                    .forEach(i -> passed.add(call.getArguments().get(i)));
            if (!keeps(call, site.caller(), handler, checks(call, passed), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The call's result is assigned to a kept field under a check of it, or returned to callers that do so. */
    private boolean keeps(MethodCallExpr call, CodeUnit unit, Handler handler, List<Expression> checked, int depth) {
        Optional<FieldRef> field = call.getParentNode().filter(AssignExpr.class::isInstance)
                .map(AssignExpr.class::cast).filter(a -> a.getValue() == call)
                .flatMap(a -> model.fields().of(a.getTarget(), unit.thisType()))
                .filter(f -> model.fields().outlivesInvocation(f, handler));
        if (field.isPresent()) {
            return replacesWhenDead(call, field.get(), unit, checked);
        }
        return returned(call, unit) && callersKeep(call, unit, handler, checked, depth);
    }

    /**
     * Whether a connection opened or returned at {@code at} and stored in {@code field} replaces it only when a check
     * of it failed: one of {@code checked} (what the {@code if}s around, and below, test) reads the field, or
     * {@code at} is in a {@code catch}.
     */
    boolean replacesWhenDead(Node at, FieldRef field, CodeUnit unit, List<Expression> checked) {
        return insideCatch(at) || checked.stream()
                .anyMatch(e -> model.fields().of(e, unit.thisType()).map(field::sameField).orElse(false));
    }

    /** What the checks enclosing {@code value} in its method test, added to what was checked further down. */
    static List<Expression> checks(Node value, List<Expression> below) {
        List<Expression> checked = new ArrayList<>(below);
        for (Node n = value; n != null && !(n instanceof CallableDeclaration<?>); n = n.getParentNode().orElse(null)) {
            if (n instanceof IfStmt check) {
                checked.addAll(Trees.findAll(check.getCondition(), Expression.class));
            }
        }
        return checked;
    }

    private static boolean insideCatch(Node node) {
        for (Node n = node; n != null && !(n instanceof CallableDeclaration<?>); n = n.getParentNode().orElse(null)) {
            if (n instanceof CatchClause) {
                return true;
            }
        }
        return false;
    }

    /** {@code return value;}, or the value kept in a local of the method that a {@code return} gives back. */
    private boolean returned(Expression value, CodeUnit unit) {
        if (value.findAncestor(LambdaExpr.class).isPresent()) {
            return false; // a lambda's return gives the value to whoever calls the lambda, not to the method's callers
        }
        Node parent = value.getParentNode().orElse(null);
        if (parent instanceof ReturnStmt) {
            return true;
        }
        String local = parent instanceof AssignExpr assign && assign.getValue() == value
                && assign.getTarget() instanceof NameExpr target
                && model.calls().declarationOf(target, unit).filter(VariableDeclarator.class::isInstance)
                        .filter(d -> model.fields().of(target, unit.thisType()).isEmpty()).isPresent()
                ? target.getNameAsString()
                : parent instanceof VariableDeclarator declared ? declared.getNameAsString() : null;
        Optional<CallableDeclaration> callable = value.findAncestor(CallableDeclaration.class);
        return local != null && callable.isPresent() && Trees.findAll(callable.get(), ReturnStmt.class).stream()
                .anyMatch(r -> r.getExpression().filter(NameExpr.class::isInstance)
                        .map(e -> ((NameExpr) e).getNameAsString().equals(local)).orElse(false));
    }
}
