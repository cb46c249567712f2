package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Closing a thread pool waits for the tasks it runs: its {@code close()} (a try-with-resources too) or
 * {@code awaitTermination} keep the handler until its work is done. Once the pool is a shared static field nothing
 * closes it any more, and the handler would return while its tasks still run, to be frozen with the execution
 * environment: no automatic fix. Which calls wait is data ({@code fixes.json}: {@code waitingCloses}), with the
 * library helpers that shut a pool down and wait for it (Guava's {@code MoreExecutors.shutdownAndAwaitTermination}).
 * The same data names the calls that end what other thread-owning objects still have to do (a timer's
 * {@code cancel()}, a Netty group's {@code shutdownGracefully()}), each with its own reason.
 */
final class WaitingCloses {
    private final InvocationModel model;
    private final FixKnowledge knowledge = FixKnowledge.get();

    WaitingCloses(InvocationModel model) {
        this.model = model;
    }

    /** Throws {@link NoFix} when the object {@code built}, of one of {@code types}, is waited for where it is used. */
    void check(Expression built, Collection<String> types, CodeUnit unit) {
        List<String> waits = knowledge.waitingCloses(types);
        if (waits.isEmpty()) {
            return;
        }
        Expression top = ValueFlow.outermost(built);
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == top
                && waits.contains(call.getNameAsString())) {
            throw waiting(call, types);
        }
        VariableDeclarator variable = null;
        if (parent instanceof VariableDeclarator v && v.getInitializer().orElse(null) == top) {
            variable = v;
        } else if (parent instanceof AssignExpr assign && assign.getValue() == top) {
            variable = model.calls().declarationOf(assign.getTarget(), unit)
                    .filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast).orElse(null);
        }
        if (variable == null) {
            return;
        }
        if (CloseSites.isResource(variable)) {
            throw resource(types);
        }
        Node scope = variable.getParentNode().orElse(null) instanceof FieldDeclaration field
                ? field.getParentNode().orElseThrow() : Planning.body(variable);
        String name = variable.getNameAsString();
        List<String> helpers = knowledge.waitingHelpers(types);
        for (MethodCallExpr call : Trees.findAll(scope, MethodCallExpr.class)) {
            if (waits.contains(call.getNameAsString()) && call.getScope().filter(s -> names(s, name)).isPresent()) {
                throw waiting(call, types);
            }
            if (helpers.contains(call.getNameAsString())
                    && call.getArguments().stream().anyMatch(a -> names(a, name))) {
                throw new NoFix("it is passed to " + call.getNameAsString() + "(), which shuts it down and waits for "
                        + "its tasks; a shared pool must stay open");
            }
        }
        if (new CloseSites(Set.copyOf(waits)).closedName(name, scope)) {
            throw resource(types);
        }
    }

    private static boolean names(Expression scope, String name) {
        return scope instanceof NameExpr n && n.getNameAsString().equals(name)
                || scope instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        && f.getNameAsString().equals(name);
    }

    private NoFix waiting(MethodCallExpr call, Collection<String> types) {
        String scope = call.getScope().map(Object::toString).orElse("");
        String shown = (scope.isEmpty() ? "" : scope + ".") + call.getNameAsString() + "(…)";
        return new NoFix(knowledge.waitingReason(types, call.getNameAsString())
                .map(reason -> reason.replace("{call}", shown))
                .orElse("it waits for the tasks it runs (" + shown + "), and a shared pool is never closed: the "
                        + "handler would return before its tasks end"));
    }

    private NoFix resource(Collection<String> types) {
        return new NoFix(knowledge.waitingReason(types, "close")
                .map(reason -> reason.replace("{call}", "the close of its try-with-resources"))
                .orElse("its try-with-resources waits for the tasks it runs when it closes it, and a shared pool is "
                        + "never closed: the handler would return before its tasks end"));
    }
}
