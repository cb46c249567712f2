package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The helper methods and construct classes of a CDK app written in Java: which method or constructor of the app's
 * sources a call runs, who calls it, and the frames (chains of calls) through which a construct built in a helper
 * or in a construct class's constructor is made, one per call site or instantiation.
 * Bounded: {@link #MAX_FRAMES} helpers deep, {@link #MAX_INSTANCES} frames per construct.
 */
final class CdkHelpers {
    static final int MAX_FRAMES = 4;
    static final int MAX_INSTANCES = 64;

    private final CdkJavaApp.Classes classes;
    private final CdkConstructs constructs;
    private final Iterable<CompilationUnit> units;
    private Map<String, List<Node>> callsByName;
    private List<Node> explicitCalls;
    private final Map<ConstructorDeclaration, Optional<List<CdkFrame>>> instances = new java.util.IdentityHashMap<>();

    CdkHelpers(CdkJavaApp.Classes classes, CdkConstructs constructs, Iterable<CompilationUnit> units) {
        this.classes = classes;
        this.constructs = constructs;
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

    /** The method or constructor of the app a call runs ({@link #method}, {@link CdkConstructs#constructor}). */
    Optional<CallableDeclaration<?>> callable(Node call) {
        if (call instanceof MethodCallExpr method) {
            return method(method).map(m -> m);
        }
        if (call instanceof ObjectCreationExpr creation) {
            return constructs.constructor(creation).map(c -> c);
        }
        return call instanceof ExplicitConstructorInvocationStmt explicit
                ? constructs.constructor(explicit).map(c -> c) : Optional.empty();
    }

    /**
     * The frames a node of a helper's or a construct class's body is read in, one per chain of calls (and
     * {@code new}s of the construct) that reaches it from code no helper encloses. Empty when the node is in no
     * such body: it is then read once, as written. A list without frames when no call reaches it from code the app
     * runs: a construct class never created, a helper or construct only a {@code main} other than the app's uses.
     */
    Optional<List<CdkFrame>> frames(Node node) {
        return enclosing(node).flatMap(m -> frames(m, 1));
    }

    private Optional<List<CdkFrame>> frames(CallableDeclaration<?> callable, int depth) {
        List<Node> callers = callers(callable);
        if (callers.isEmpty() && !(callable instanceof ConstructorDeclaration)) {
            return mainOfAnotherApp(callable) ? Optional.of(List.of()) : Optional.empty();
        }
        List<CdkFrame> result = new ArrayList<>();
        for (Node call : callers) {
            Optional<CallableDeclaration<?>> enclosing = enclosing(call);
            if (enclosing.filter(m -> m == callable).isPresent()) {
                continue; // a recursive call makes no construct of its own
            }
            Optional<List<CdkFrame>> outer = depth < MAX_FRAMES
                    ? enclosing.flatMap(m -> frames(m, depth + 1)) : Optional.empty();
            if (outer.isEmpty()) {
                result.add(new CdkFrame(callable, call, null));
            }
            for (CdkFrame caller : outer.orElse(List.of())) {
                result.add(new CdkFrame(callable, call, caller));
            }
            if (result.size() >= MAX_INSTANCES) {
                return Optional.of(result.subList(0, MAX_INSTANCES));
            }
        }
        return Optional.of(result);
    }

    /**
     * The frames a stack's constructor (of a class of the app that is no construct of its own: a stack, a stage) is
     * run in, one per {@code new} (or {@code super(...)} of a subclass) code the app runs makes, each binding its
     * parameters to that call's arguments. Empty for a construct class's constructor, which is read per frame.
     * The stack's own code is still read once, as written: these frames only say what its parameters are handed.
     */
    Optional<List<CdkFrame>> instances(ConstructorDeclaration constructor) {
        return instances.computeIfAbsent(constructor, c -> isStackConstructor(c) ? frames(c, 1) : Optional.empty());
    }

    /** Whether a method or constructor is the constructor of a class of the app that is no construct of its own. */
    boolean isStackConstructor(CallableDeclaration<?> callable) {
        return callable instanceof ConstructorDeclaration && callable.findAncestor(TypeDeclaration.class)
                .filter(t -> constructs.isConstruct((TypeDeclaration<?>) t)).isEmpty();
    }

    /**
     * Whether a method is a {@code main} that does not synthesize the app: not the main class {@code cdk.json} or
     * the app's build names, or, when none is named, one that never calls {@code synth()}.
     */
    private boolean mainOfAnotherApp(CallableDeclaration<?> callable) {
        if (!(callable instanceof MethodDeclaration main) || !main.isStatic() || !main.getNameAsString().equals("main")
                || main.getParameters().size() != 1) {
            return false;
        }
        Optional<String> declaring = main.findAncestor(TypeDeclaration.class)
                .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName());
        if (classes.mainClass().isPresent()) {
            return !classes.mainClass().equals(declaring);
        }
        return Trees.findAll(main, MethodCallExpr.class).stream()
                .noneMatch(c -> c.getNameAsString().equals("synth") && c.getArguments().isEmpty());
    }

    /**
     * The call that tells a frame's construct from the others the same helper builds: the innermost call of its
     * chain that no other frame passes through ({@code createFunction(..., "Orders", ...)}, not the one
     * {@code createFunctions()} call every function shares).
     */
    static Node distinguishingCall(CdkFrame frame, List<CdkFrame> all) {
        for (CdkFrame f = frame; f != null; f = f.caller()) {
            Node site = f.call();
            if (all.stream().noneMatch(other -> other != frame && other.passesThrough(site))) {
                return site;
            }
        }
        return frame.call();
    }

    private List<Node> callers(CallableDeclaration<?> callable) {
        if (callsByName == null) {
            index();
        }
        String name = callable instanceof ConstructorDeclaration ? "new " + callable.getNameAsString()
                : callable.getNameAsString();
        List<Node> calls = new ArrayList<>(callsByName.getOrDefault(name, List.of()));
        if (callable instanceof ConstructorDeclaration) {
            calls.addAll(explicitCalls);
        }
        return calls.stream().filter(call -> callable(call).filter(m -> m == callable).isPresent()).toList();
    }

    private void index() {
        callsByName = new HashMap<>();
        explicitCalls = new ArrayList<>();
        for (CompilationUnit unit : units) {
            Trees.findAll(unit, MethodCallExpr.class).forEach(call ->
                    callsByName.computeIfAbsent(call.getNameAsString(), n -> new ArrayList<>()).add(call));
            Trees.findAll(unit, ObjectCreationExpr.class).forEach(creation -> callsByName.computeIfAbsent(
                    "new " + creation.getType().getNameAsString(), n -> new ArrayList<>()).add(creation));
            explicitCalls.addAll(Trees.findAll(unit, ExplicitConstructorInvocationStmt.class));
        }
    }

    /**
     * The method whose body holds a node, or the constructor when it is a construct class's, unless a lambda,
     * another constructor or an initializer comes first.
     */
    private Optional<CallableDeclaration<?>> enclosing(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodDeclaration method) {
                return Optional.of(method);
            }
            if (n instanceof ConstructorDeclaration constructor) {
                return constructor.findAncestor(TypeDeclaration.class)
                        .filter(t -> constructs.isConstruct((TypeDeclaration<?>) t)).map(t -> constructor);
            }
            if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
