package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The helper methods of a CDK app written in Java: which method of the app's sources a call runs, who calls a
 * method, and the frames (chains of calls) through which a construct built in a helper is made, one per call site.
 * Bounded: {@link #MAX_FRAMES} helpers deep, {@link #MAX_INSTANCES} frames per construct.
 */
final class CdkHelpers {
    static final int MAX_FRAMES = 4;
    static final int MAX_INSTANCES = 64;

    private final CdkJavaApp.Classes classes;
    private final Iterable<CompilationUnit> units;
    private Map<String, List<MethodCallExpr>> callsByName;

    CdkHelpers(CdkJavaApp.Classes classes, Iterable<CompilationUnit> units) {
        this.classes = classes;
        this.units = units;
    }

    /**
     * The method of the app a call runs: one of the enclosing class ({@code createFunction(...)},
     * {@code this.createFunction(...)}) or a static one of another class ({@code Lambdas.javaFunction(...)}), when
     * exactly one method there has that name and as many parameters (overloads and varargs are not guessed).
     */
    Optional<MethodDeclaration> method(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope();
        List<MethodDeclaration> candidates;
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            candidates = call.findAncestor(TypeDeclaration.class)
                    .map(t -> ((TypeDeclaration<?>) t).getMethodsByName(call.getNameAsString())).orElse(List.of());
        } else if (scope.get() instanceof NameExpr type && Character.isUpperCase(type.getNameAsString().charAt(0))) {
            candidates = classes.type(type.getNameAsString())
                    .map(t -> t.getMethodsByName(call.getNameAsString()).stream().filter(MethodDeclaration::isStatic)
                            .toList()).orElse(List.of());
        } else {
            return Optional.empty();
        }
        List<MethodDeclaration> matching = candidates.stream()
                .filter(m -> m.getParameters().size() == call.getArguments().size() && m.getBody().isPresent()
                        && m.getParameters().stream().noneMatch(p -> p.isVarArgs()))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /**
     * The frames a node of a helper's body is read in, one per chain of calls that reaches it from code no helper
     * encloses; empty when the node is not in a method the app calls (then it is read once, as written).
     */
    List<CdkFrame> frames(Node node) {
        return enclosingMethod(node).map(m -> frames(m, 1)).orElse(List.of());
    }

    private List<CdkFrame> frames(MethodDeclaration method, int depth) {
        List<CdkFrame> result = new ArrayList<>();
        for (MethodCallExpr call : callers(method)) {
            Optional<MethodDeclaration> enclosing = enclosingMethod(call);
            if (enclosing.filter(m -> m == method).isPresent()) {
                continue; // a recursive call makes no construct of its own
            }
            List<CdkFrame> outer = depth < MAX_FRAMES
                    ? enclosing.map(m -> frames(m, depth + 1)).orElse(List.of()) : List.of();
            if (outer.isEmpty()) {
                result.add(new CdkFrame(method, call, null));
            }
            for (CdkFrame caller : outer) {
                result.add(new CdkFrame(method, call, caller));
            }
            if (result.size() >= MAX_INSTANCES) {
                return result.subList(0, MAX_INSTANCES);
            }
        }
        return result;
    }

    /**
     * The call that tells a frame's construct from the others the same helper builds: the innermost call of its
     * chain that no other frame passes through ({@code createFunction(..., "Orders", ...)}, not the one
     * {@code createFunctions()} call every function shares).
     */
    static MethodCallExpr distinguishingCall(CdkFrame frame, List<CdkFrame> all) {
        for (CdkFrame f = frame; f != null; f = f.caller()) {
            MethodCallExpr site = f.call();
            if (all.stream().noneMatch(other -> other != frame && other.passesThrough(site))) {
                return site;
            }
        }
        return frame.call();
    }

    private List<MethodCallExpr> callers(MethodDeclaration method) {
        if (callsByName == null) {
            callsByName = new HashMap<>();
            for (CompilationUnit unit : units) {
                unit.findAll(MethodCallExpr.class).forEach(call ->
                        callsByName.computeIfAbsent(call.getNameAsString(), n -> new ArrayList<>()).add(call));
            }
        }
        return callsByName.getOrDefault(method.getNameAsString(), List.of()).stream()
                .filter(call -> method(call).filter(m -> m == method).isPresent()).toList();
    }

    /** The method whose body holds a node, unless a lambda, a constructor or an initializer comes first. */
    private static Optional<MethodDeclaration> enclosingMethod(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration method) {
                return Optional.of(method);
            }
            if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
