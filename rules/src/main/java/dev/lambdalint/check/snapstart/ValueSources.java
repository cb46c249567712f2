package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.analysis.Unwrapped;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Traces a value kept during INIT back to the expressions it is made of that a {@link Classifier} recognises
 * (a random UUID, a clock reading, an opened connection): through parentheses, casts, conditionals, operators,
 * locals (initializer and assignments), the return values of project methods, the arguments a project method's
 * parameter gets at its INIT call sites, and library calls and constructions fed with such a value
 * ({@code UUID.randomUUID().toString()}, {@code new PrintWriter(socket.getOutputStream())}). A field read stops
 * the trace: what that field keeps is judged where it is stored. So does a project constructor: the fields it sets
 * are stores of their own.
 */
final class ValueSources<T> {
    private static final int MAX_DEPTH = 8;

    /** What an expression is to the tracer. */
    interface Classifier<T> {
        /** The kind of source the expression is, or null when it is none. */
        T source(Expression expression, CodeUnit unit);

        /** Whether the expression surely carries no source (a duration, a restore-safe generator): not looked into. */
        default boolean inert(Expression expression, CodeUnit unit) {
            return false;
        }

        /** Whether {@code a - b} of two sources of this kind carries neither (two clock readings make a duration). */
        default boolean cancelsInDifference(T kind) {
            return false;
        }
    }

    /** A source found: the expression, how INIT reaches the code it is in, and its kind. */
    record Source<T>(Expression at, Reach reach, T kind) {
    }

    private final InvocationModel model;
    private final Classifier<T> classifier;
    private final Map<CodeUnit, Reach> init = new LinkedHashMap<>();

    ValueSources(InvocationModel model, Classifier<T> classifier, List<Reach> initPhase) {
        this.model = model;
        this.classifier = classifier;
        initPhase.forEach(r -> init.putIfAbsent(r.unit(), r));
    }

    List<Source<T>> of(Expression value, Reach reach) {
        List<Source<T>> found = new ArrayList<>();
        trace(value, reach, 0, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private void trace(Expression expression, Reach reach, int depth, List<Source<T>> out, Set<Node> visiting) {
        Expression e = Unwrapped.of(expression);
        if (depth > MAX_DEPTH || !visiting.add(e)) {
            return;
        }
        CodeUnit unit = reach.unit();
        T kind = classifier.source(e, unit);
        if (kind != null) {
            out.add(new Source<>(e, reach, kind));
        } else if (!classifier.inert(e, unit)) {
            inside(e, reach, depth, out, visiting);
        }
        visiting.remove(e);
    }

    private void inside(Expression e, Reach reach, int depth, List<Source<T>> out, Set<Node> visiting) {
        if (e instanceof ConditionalExpr c) {
            trace(c.getThenExpr(), reach, depth + 1, out, visiting);
            trace(c.getElseExpr(), reach, depth + 1, out, visiting);
        } else if (e instanceof BinaryExpr b) {
            binary(b, reach, depth, out, visiting);
        } else if (e instanceof UnaryExpr u) {
            trace(u.getExpression(), reach, depth + 1, out, visiting);
        } else if (e instanceof NameExpr || e instanceof FieldAccessExpr && !isFieldRead(e, reach)) {
            variable(e, reach, depth, out, visiting);
        } else if (e instanceof MethodCallExpr call) {
            call(call, reach, depth, out, visiting);
        } else if (e instanceof ObjectCreationExpr creation && model.calls().targets(creation, reach.unit()).isEmpty()
                && creation.getAnonymousClassBody().isEmpty()) {
            creation.getArguments().forEach(a -> trace(a, reach, depth + 1, out, visiting));
        } else if (e instanceof ArrayCreationExpr array) {
            array.getInitializer().ifPresent(i -> trace(i, reach, depth + 1, out, visiting));
        } else if (e instanceof ArrayInitializerExpr values) {
            values.getValues().forEach(v -> trace(v, reach, depth + 1, out, visiting));
        }
    }

    private void binary(BinaryExpr b, Reach reach, int depth, List<Source<T>> out, Set<Node> visiting) {
        List<Source<T>> left = new ArrayList<>();
        List<Source<T>> right = new ArrayList<>();
        trace(b.getLeft(), reach, depth + 1, left, visiting);
        trace(b.getRight(), reach, depth + 1, right, visiting);
        if (b.getOperator() == BinaryExpr.Operator.MINUS && !left.isEmpty() && !right.isEmpty()
                && left.stream().allMatch(s -> classifier.cancelsInDifference(s.kind()))
                && right.stream().allMatch(s -> classifier.cancelsInDifference(s.kind()))) {
            return;
        }
        out.addAll(left);
        out.addAll(right);
    }

    private boolean isFieldRead(Expression e, Reach reach) {
        return model.fields().of(e, reach.unit().thisType()).isPresent();
    }

    private void variable(Expression reference, Reach reach, int depth, List<Source<T>> out, Set<Node> visiting) {
        Node declaration = model.calls().declarationOf(reference, reach.unit()).orElse(null);
        if (declaration instanceof Parameter parameter) {
            parameter(parameter, depth, out, visiting);
        } else if (declaration instanceof VariableDeclarator local
                && !(local.getParentNode().orElse(null) instanceof FieldDeclaration)) {
            local.getInitializer().ifPresent(i -> trace(i, reach, depth + 1, out, visiting));
            Node scope = body(local).orElse(null);
            if (scope != null) {
                for (AssignExpr assign : Trees.findAll(scope, AssignExpr.class)) {
                    if (assign.getOperator() == AssignExpr.Operator.ASSIGN && assign.getTarget() instanceof NameExpr n
                            && n.getNameAsString().equals(local.getNameAsString())
                            && model.calls().declarationOf(n, reach.unit()).orElse(null) == local) {
                        trace(assign.getValue(), reach, depth + 1, out, visiting);
                    }
                }
            }
        }
    }

    /** A project method's parameter: what its INIT call sites pass it. */
    private void parameter(Parameter parameter, int depth, List<Source<T>> out, Set<Node> visiting) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
            return; // a lambda's parameter
        }
        int index = callable.getParameters().indexOf(parameter);
        for (Reach caller : init.values()) {
            for (Node node : model.allNodes(caller.unit())) {
                if (node instanceof NodeWithArguments<?> call && call.getArguments().size() > index
                        && (node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                            || node instanceof com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt)
                        && model.calls().targets(node, caller.unit()).stream()
                                .anyMatch(t -> t.declaration() == callable)) {
                    trace(call.getArgument(index), caller, depth + 1, out, visiting);
                }
            }
        }
    }

    private void call(MethodCallExpr call, Reach reach, int depth, List<Source<T>> out, Set<Node> visiting) {
        List<CodeUnit> callees = model.calls().targets(call, reach.unit());
        if (callees.isEmpty()) {
            call.getScope().filter(s -> !isTypeName(s, reach))
                    .ifPresent(s -> trace(s, reach, depth + 1, out, visiting));
            call.getArguments().forEach(a -> trace(a, reach, depth + 1, out, visiting));
            return;
        }
        for (CodeUnit callee : callees) {
            if (callee.declaration() instanceof MethodDeclaration method) {
                Reach at = init.getOrDefault(callee, reach);
                Trees.findAll(method, ReturnStmt.class).stream()
                        .filter(r -> r.findAncestor(CallableDeclaration.class).orElse(null) == method)
                        .flatMap(r -> r.getExpression().stream())
                        .forEach(r -> trace(r, at, depth + 1, out, visiting));
            }
        }
    }

    /** The code a local lives in: the nearest lambda, method, constructor or initializer block. */
    static Optional<Node> body(Node local) {
        for (Node n = local.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private boolean isTypeName(Expression scope, Reach reach) {
        return model.calls().staticTypeReference(scope, reach.unit()).isPresent();
    }

}
