package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.Unwrapped;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the configuration given to an eager pool lets it keep idle connections: a configuration object built
 * with no arguments keeps the pool's default (idle connections) unless one of the catalog's idle setters is
 * called on it with 0. A configuration read from a file or properties, or one whose making is not in sight, may
 * say anything: unknown.
 */
final class PoolIdle {
    enum Verdict { KEEPS_IDLE, NONE_IDLE, UNKNOWN }

    private static final int MAX_DEPTH = 3;

    private final InvocationModel model;
    private final ClientConstructions constructions;

    PoolIdle(InvocationModel model, ClientConstructions constructions) {
        this.model = model;
        this.constructions = constructions;
    }

    Verdict of(Expression config, CodeUnit unit, SnapStartCatalog.EagerPool pool) {
        return of(config, unit, pool, 0);
    }

    private Verdict of(Expression config, CodeUnit unit, SnapStartCatalog.EagerPool pool, int depth) {
        Expression e = Unwrapped.of(config);
        if (depth > MAX_DEPTH) {
            return Verdict.UNKNOWN;
        }
        if (e instanceof ObjectCreationExpr creation) {
            return isPlainConfig(creation, pool) ? Verdict.KEEPS_IDLE : Verdict.UNKNOWN;
        }
        if (e instanceof MethodCallExpr call) {
            List<Verdict> verdicts = new ArrayList<>();
            for (CodeUnit callee : model.calls().targets(call, unit)) {
                if (callee.declaration() instanceof MethodDeclaration method) {
                    Trees.findAll(method, ReturnStmt.class).stream()
                            .filter(r -> r.findAncestor(CallableDeclaration.class).orElse(null) == method)
                            .flatMap(r -> r.getExpression().stream())
                            .forEach(r -> verdicts.add(of(r, callee, pool, depth + 1)));
                }
            }
            return combine(verdicts);
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            Node declaration = model.calls().declarationOf(e, unit).orElse(null);
            if (!(declaration instanceof VariableDeclarator variable) || variable.getInitializer().isEmpty()
                    || !(Unwrapped.of(variable.getInitializer().get()) instanceof ObjectCreationExpr creation)
                    || !isPlainConfig(creation, pool)) {
                return Verdict.UNKNOWN;
            }
            return setters(variable, unit, pool);
        }
        return Verdict.UNKNOWN;
    }

    /** What the idle setters called on the variable say: its declaring method for a local, the project for a field. */
    private Verdict setters(VariableDeclarator variable, CodeUnit unit, SnapStartCatalog.EagerPool pool) {
        boolean field = variable.getParentNode().orElse(null) instanceof FieldDeclaration;
        List<Node> scopes = field ? new ArrayList<>(model.index().types().values())
                : ValueSources.body(variable).<List<Node>>map(List::of).orElse(List.of());
        Verdict verdict = Verdict.KEEPS_IDLE;
        for (Node scope : scopes) {
            for (MethodCallExpr call : Trees.findAll(scope, MethodCallExpr.class)) {
                if (pool.idleSetters().contains(call.getNameAsString()) && call.getArguments().size() == 1
                        && call.getScope().isPresent() && refersTo(call.getScope().get(), variable, unit)) {
                    if (!(call.getArgument(0) instanceof IntegerLiteralExpr count)) {
                        return Verdict.UNKNOWN;
                    }
                    verdict = count.asNumber().intValue() == 0 ? Verdict.NONE_IDLE : Verdict.KEEPS_IDLE;
                }
            }
        }
        return verdict;
    }

    private boolean refersTo(Expression scope, VariableDeclarator variable, CodeUnit unit) {
        if (scope instanceof NameExpr name && !name.getNameAsString().equals(variable.getNameAsString())) {
            return false;
        }
        return model.calls().declarationOf(scope, unit).orElse(null) == variable
                || scope instanceof NameExpr n && n.getNameAsString().equals(variable.getNameAsString())
                && variable.getParentNode().orElse(null) instanceof FieldDeclaration;
    }

    private boolean isPlainConfig(ObjectCreationExpr creation, SnapStartCatalog.EagerPool pool) {
        return creation.getArguments().isEmpty() && creation.getAnonymousClassBody().isEmpty()
                && constructions.typeCandidates(creation.getType().getNameWithScope(), creation).stream()
                        .anyMatch(t -> dev.lambdalint.catalog.TypePattern.anyMatches(pool.config(), t));
    }

    private static Verdict combine(List<Verdict> verdicts) {
        if (verdicts.isEmpty() || verdicts.contains(Verdict.UNKNOWN)) {
            return Verdict.UNKNOWN;
        }
        return verdicts.contains(Verdict.KEEPS_IDLE) ? Verdict.KEEPS_IDLE : Verdict.NONE_IDLE;
    }

}
