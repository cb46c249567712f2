package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.ProjectIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Code that nothing can run: a method of a plain project class (no supertype, so it overrides nothing a library
 * could call; no annotation a framework could act on) that no handler runs and whose every caller in the project
 * is itself such a method. Calls are matched by name, so a call of a library method of the same name counts
 * only when its receiver's type is not known: one written {@code LibraryType.name()}, or on a variable, field or
 * parameter declared with a library type, does not. Anything else (a constructor, an initialiser, a lambda, an
 * anonymous class) may run.
 */
public final class UncalledCode {
    private static final int MAX_STEPS = 500;

    private final InvocationModel model;
    private final ProjectIndex index;
    private final Map<MethodDeclaration, Boolean> known = new IdentityHashMap<>();
    private final Set<MethodDeclaration> visiting = Collections.newSetFromMap(new IdentityHashMap<>());
    private int steps;

    public UncalledCode(InvocationModel model) {
        this.model = model;
        this.index = model.index();
    }

    /** The uncalled method the node sits directly in, when it is one. */
    public Optional<MethodDeclaration> uncalledMethodOf(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration method) {
                return uncalled(method) ? Optional.of(method) : Optional.empty();
            }
            if (n instanceof BodyDeclaration<?> || n instanceof LambdaExpr || n instanceof ObjectCreationExpr) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A "called" answer is kept for every method; an "uncalled" one only for the method first asked, since inside a
     * cycle it depends on where the walk entered. A walk that grows too large answers "called".
     */
    private boolean uncalled(MethodDeclaration method) {
        Boolean answer = known.get(method);
        if (answer != null) {
            return answer;
        }
        if (visiting.isEmpty()) {
            steps = 0;
        }
        if (++steps > MAX_STEPS) {
            return false;
        }
        if (!visiting.add(method)) {
            return true; // a cycle: called only from itself, so far
        }
        try {
            answer = plain(method) && model.unitsDeclaredBy(method).isEmpty()
                    && index.syntax().callsNamed(method.getNameAsString()).stream()
                            .allMatch(c -> notACaller(c, method))
                    && index.syntax().referencesNamed(method.getNameAsString()).stream()
                            .allMatch(r -> notACaller(r, method));
        } finally {
            visiting.remove(method);
        }
        if (visiting.isEmpty() || !answer) {
            known.put(method, answer);
        }
        return answer;
    }

    private boolean plain(MethodDeclaration method) {
        if (!method.getAnnotations().isEmpty() || method.getBody().isEmpty()
                || model.handlers().stream().anyMatch(h -> h.entry() == method)) {
            return false;
        }
        Node parent = method.getParentNode().orElse(null);
        if (!(parent instanceof TypeDeclaration<?> type)
                || !index.enclosingTypeName(method).map(t -> index.type(t).orElse(null) == type).orElse(false)) {
            return false; // an anonymous or local class
        }
        if (type instanceof ClassOrInterfaceDeclaration c && (c.isInterface() || c.getExtendedTypes().isNonEmpty())) {
            return false;
        }
        return type instanceof NodeWithImplements<?> implementing && implementing.getImplementedTypes().isEmpty();
    }

    /**
     * A receiver declared with a library type other than {@code Object}: it cannot hold an object of a plain
     * project class, which extends and implements nothing. A library call's result, a type variable or a type
     * that does not resolve may hold anything, so they do not count.
     */
    private boolean ofLibraryType(Expression receiver, Node call) {
        return call.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf)
                .flatMap(unit -> model.calls().typeOf(receiver, unit))
                .filter(type -> !type.equals(CallResolver.EXTERNAL) && !index.contains(type) && type.contains(".")
                        && !type.equals(Object.class.getName()))
                .isPresent();
    }

    /** A call or reference of that name that surely names something else, or sits in uncalled code itself. */
    private boolean notACaller(Node call, MethodDeclaration method) {
        Optional<Expression> scope = call instanceof MethodCallExpr c ? c.getScope()
                : Optional.of(((MethodReferenceExpr) call).getScope());
        String owner = index.enclosingTypeName(method).orElseThrow();
        if (scope.isPresent()) {
            Optional<String> type = model.calls().staticTypeReference(scope.get(), null);
            if (type.isPresent() && !type.get().equals(owner) && !index.ancestry(type.get()).contains(owner)) {
                return true; // ThreadContext.clearAll() is not TaskData.clearAll()
            }
            if (type.isEmpty() && ofLibraryType(scope.get(), call)) {
                return true; // buffer.reset() on a ByteArrayOutputStream is not Store.reset()
            }
        }
        return uncalledMethodOf(call).isPresent();
    }
}
