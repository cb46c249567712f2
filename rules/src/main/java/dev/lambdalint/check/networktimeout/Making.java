package dev.lambdalint.check.networktimeout;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.analysis.Unwrapped;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.NodeIn;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a value is made, as far as the code shows: every expression that makes it (a builder chain, a constructor,
 * the initializer and assignments of the local or field that holds it, the calls made on that local or field, the
 * return values of project methods, the arguments every per-invocation call of a project method passes for a
 * parameter), and whether all of it is in sight. A parameter of a method no per-invocation code calls (or of a
 * lambda), a variable never given a value, or a name the analysis cannot resolve is out of sight: what it is made
 * with is unknown.
 */
final class Making {
    private static final int MAX_DEPTH = 6;
    /** Annotations by which a framework calls a constructor with values of its own. */
    private static final Set<String> INJECTION = Set.of("Inject", "Autowired");

    /** The expressions that make a value, and whether nothing that makes it is out of sight. */
    record Result(List<Expression> parts, boolean complete) {

        /** Whether one of the calls that make it has one of the names, anywhere in its making. */
        boolean calls(Collection<String> names) {
            for (Expression part : parts) {
                if (Trees.findAll(part, MethodCallExpr.class).stream().anyMatch(c -> names.contains(c.getNameAsString()))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final InvocationModel model;
    private final Map<String, List<MethodCallExpr>> callsByScope = new HashMap<>();
    private final Map<String, List<AssignExpr>> assignsByTarget = new HashMap<>();
    private final Map<NodeIn, List<MethodCallExpr>> callsOn = new HashMap<>();
    private final Map<String, List<ObjectCreationExpr>> creationsByName = new HashMap<>();

    Making(InvocationModel model) {
        this.model = model;
    }

    Result of(Expression value, CodeUnit unit) {
        List<Expression> parts = new ArrayList<>();
        boolean complete = trace(value, unit, 0, parts, Collections.newSetFromMap(new IdentityHashMap<>()));
        return new Result(parts, complete);
    }

    /** The calls made on a local or field: {@code builder.setX(..)}, {@code connection.setReadTimeout(..)}. */
    List<MethodCallExpr> callsOn(VariableDeclarator variable, CodeUnit unit) {
        // a field's calls are looked for project-wide: asked again for every value traced through it
        return callsOn.computeIfAbsent(new NodeIn(variable, unit), k -> findCallsOn(variable, unit));
    }

    private List<MethodCallExpr> findCallsOn(VariableDeclarator variable, CodeUnit unit) {
        List<MethodCallExpr> calls = new ArrayList<>();
        for (MethodCallExpr call : candidates(variable, MethodCallExpr.class, callsByScope)) {
            if (call.getScope().isPresent() && names(call.getScope().get(), variable, unit)) {
                calls.add(call);
            }
        }
        return calls;
    }

    /**
     * The nodes of a kind that may concern a variable: within its method for a local; for a field, those of the
     * whole project that use its name (indexed once, by name, on first use).
     */
    private <N extends Node> List<N> candidates(VariableDeclarator variable, Class<N> kind,
                                                Map<String, List<N>> byName) {
        if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration)) {
            return scopeOf(variable).map(s -> Trees.findAll(s, kind)).orElse(List.of());
        }
        if (byName.isEmpty()) {
            for (TypeDeclaration<?> type : model.index().types().values()) {
                if (type.getParentNode().map(p -> !(p instanceof TypeDeclaration)).orElse(true)) {
                    for (N node : Trees.findAll(type, kind)) {
                        nameOf(node).ifPresent(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(node));
                    }
                }
            }
        }
        return byName.getOrDefault(variable.getNameAsString(), List.of());
    }

    /** The name an assignment's target or a call's receiver uses, when it is a name or a field access. */
    private static Optional<String> nameOf(Node node) {
        Expression named = node instanceof AssignExpr assign ? assign.getTarget()
                : node instanceof MethodCallExpr call ? call.getScope().orElse(null) : null;
        return named instanceof NameExpr n ? Optional.of(n.getNameAsString())
                : named instanceof FieldAccessExpr f ? Optional.of(f.getNameAsString()) : Optional.empty();
    }

    private boolean trace(Expression expression, CodeUnit unit, int depth, List<Expression> parts, Set<Node> seen) {
        Expression e = Unwrapped.of(expression);
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (!seen.add(e)) {
            return true;
        }
        if (e instanceof ConditionalExpr c) {
            return trace(c.getThenExpr(), unit, depth + 1, parts, seen)
                    & trace(c.getElseExpr(), unit, depth + 1, parts, seen);
        }
        if (e instanceof LiteralExpr || e instanceof LambdaExpr || e instanceof MethodReferenceExpr
                || e instanceof ObjectCreationExpr) {
            parts.add(e);
            return true;
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, unit, depth, parts, seen);
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return variable(e, unit, depth, parts, seen);
        }
        return false;
    }

    private boolean call(MethodCallExpr call, CodeUnit unit, int depth, List<Expression> parts, Set<Node> seen) {
        List<CodeUnit> callees = model.calls().targets(call, unit);
        if (!callees.isEmpty()) {
            boolean complete = true;
            for (CodeUnit callee : callees) {
                if (!(callee.declaration() instanceof MethodDeclaration method)) {
                    return false;
                }
                complete &= returned(method, callee, depth, parts, seen);
            }
            return complete;
        }
        parts.add(call);
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty()) {
            return !model.index().resolver(call).staticImportOwners(call.getNameAsString()).isEmpty();
        }
        if (model.calls().staticTypeReference(scope.get(), unit).isPresent()) {
            return true; // the start of a chain: HttpClients.custom(), HttpRequest.newBuilder()
        }
        // a library chain's links are one expression, not steps of indirection: walking back along them
        // (a request builder with a header per line) does not count against the depth
        return trace(scope.get(), unit, depth, parts, seen);
    }

    private boolean variable(Expression reference, CodeUnit unit, int depth, List<Expression> parts, Set<Node> seen) {
        Node declaration = model.calls().declarationOf(reference, unit).orElse(null);
        if (declaration instanceof Parameter parameter) {
            return parameter(parameter, unit, depth, parts, seen);
        }
        if (!(declaration instanceof VariableDeclarator variable)) {
            return false;
        }
        boolean given = variable.getInitializer().isPresent();
        boolean complete = variable.getInitializer().map(i -> trace(i, unit, depth + 1, parts, seen)).orElse(true);
        for (AssignExpr assign : candidates(variable, AssignExpr.class, assignsByTarget)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN && names(assign.getTarget(), variable, unit)) {
                given = true;
                complete &= trace(assign.getValue(), unit, depth + 1, parts, seen);
            }
        }
        if (!given && variable.getParentNode().orElse(null) instanceof FieldDeclaration field && injected(field)) {
            given = true;
            complete = beanMade(variable.getType(), variable, field, depth, parts, seen);
        }
        parts.addAll(callsOn(variable, unit));
        return given && complete;
    }

    private static boolean injected(NodeWithAnnotations<?> annotated) {
        return annotated.getAnnotations().stream().anyMatch(a -> INJECTION.contains(a.getName().getIdentifier()));
    }

    /**
     * A value the framework injects (an {@code @Autowired} or {@code @Inject} field or constructor parameter): made
     * by the {@code @Provides} methods that bind its type with its qualifier in the project's Dagger components, or,
     * when none does, by the bean methods the framework runs at start-up ({@code @Bean}) that return that type. Out
     * of sight when no such method is in the project: the framework or a library makes it.
     */
    private boolean beanMade(Type type, Node context, NodeWithAnnotations<?> annotated, int depth,
                             List<Expression> parts, Set<Node> seen) {
        Optional<List<CodeUnit>> provided = model.calls().daggerProviders(type, context, annotated);
        if (provided.isPresent()) {
            boolean complete = true;
            for (CodeUnit provider : provided.get()) {
                complete &= returned((MethodDeclaration) provider.declaration(), provider, depth, parts, seen);
            }
            return complete;
        }
        List<String> wanted = model.calls().typeCandidates(type.asString(), context);
        boolean found = false;
        boolean complete = true;
        Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Handler handler : model.handlers()) {
            for (CodeUnit bean : handler.startup().units()) {
                if (!(bean.declaration() instanceof MethodDeclaration method) || !visited.add(method)
                        || model.calls().typeCandidates(method.getType().asString(), method).stream()
                        .noneMatch(wanted::contains)) {
                    continue;
                }
                found = true;
                complete &= returned(method, bean, depth, parts, seen);
            }
        }
        return found && complete;
    }

    /** Whether every value the method returns is made in sight (each traced in the method's unit). */
    private boolean returned(MethodDeclaration method, CodeUnit unit, int depth, List<Expression> parts,
                             Set<Node> seen) {
        boolean complete = true;
        for (ReturnStmt r : Trees.findAll(method, ReturnStmt.class)) {
            if (r.findAncestor(CallableDeclaration.class).orElse(null) == method) {
                complete &= r.getExpression().map(x -> trace(x, unit, depth + 1, parts, seen)).orElse(false);
            }
        }
        return complete;
    }

    /**
     * A method's parameter is made by what its per-invocation callers pass for it: every call site's argument is
     * traced in its caller, and the calls the method makes on the parameter are part of the making. Out of sight when
     * no per-invocation code calls the method, or one call site does not pass it plainly (a method reference, varargs).
     */
    private boolean parameter(Parameter parameter, CodeUnit unit, int depth, List<Expression> parts, Set<Node> seen) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)
                || parameter.isVarArgs()) {
            return false;
        }
        int index = callable.getParameters().indexOf(parameter);
        List<InvocationModel.CallSite> sites = model.callSitesOf(callable);
        if (sites.isEmpty()) {
            return callable instanceof ConstructorDeclaration constructor
                    && chainedFrom(constructor, index, unit, depth, parts, seen);
        }
        boolean complete = true;
        for (InvocationModel.CallSite site : sites) {
            if (!(site.node() instanceof NodeWithArguments<?> call) || index >= call.getArguments().size()) {
                return false;
            }
            complete &= trace(call.getArguments().get(index), site.caller(), depth + 1, parts, seen);
        }
        for (MethodCallExpr call : Trees.findAll(callable, MethodCallExpr.class)) {
            if (call.getScope().orElse(null) instanceof NameExpr name
                    && name.getNameAsString().equals(parameter.getNameAsString())
                    && !shadowed(name, callable)) {
                parts.add(call);
            }
        }
        return complete;
    }

    /**
     * A constructor no per-invocation code calls (the object is built once: in the handler's constructor, a
     * dependency-injection provider, a static field), whose parameter is given by the class's other constructors
     * ({@code Client() { this(HttpClients.createDefault()); }}) and by the project code that creates the class with
     * that many arguments ({@code new FeedReader(HttpClient.newBuilder().build())}): made by what every one of them
     * passes, each traced where it is written. When a framework injects it ({@code @Inject}, {@code @Autowired}),
     * made by the framework's bean methods of its type. Out of sight when another constructor has as many
     * parameters, when the class has subclasses (an anonymous one included), when one of those creations lies
     * outside any method or constructor, or when nothing in the project passes it.
     */
    private boolean chainedFrom(ConstructorDeclaration constructor, int index, CodeUnit unit, int depth,
                                List<Expression> parts, Set<Node> seen) {
        int arity = constructor.getParameters().size();
        if (injected(constructor)) {
            Parameter parameter = constructor.getParameter(index);
            return beanMade(parameter.getType(), constructor, parameter, depth, parts, seen);
        }
        if (!(constructor.getParentNode().orElse(null) instanceof TypeDeclaration<?> type)) {
            return false;
        }
        String name = model.index().nameOf(type);
        if (name == null || !model.index().subtypes(name).isEmpty()
                || type.getConstructors().stream().filter(c -> c.getParameters().size() == arity).count() > 1) {
            return false;
        }
        List<ExplicitConstructorInvocationStmt> chained = new ArrayList<>();
        for (ConstructorDeclaration other : type.getConstructors()) {
            other.getBody().getStatements().stream().findFirst()
                    .filter(st -> st instanceof ExplicitConstructorInvocationStmt call && call.isThis()
                            && call.getArguments().size() == arity)
                    .ifPresent(st -> chained.add((ExplicitConstructorInvocationStmt) st));
        }
        List<ObjectCreationExpr> created = createdWith(type, name, arity);
        boolean complete = !chained.isEmpty() || !created.isEmpty();
        for (ExplicitConstructorInvocationStmt call : chained) {
            complete &= trace(call.getArgument(index), unit, depth + 1, parts, seen);
        }
        for (ObjectCreationExpr creation : created) {
            Optional<CodeUnit> at = creation.getAnonymousClassBody().isPresent() ? Optional.empty()
                    : creation.findAncestor(CallableDeclaration.class).flatMap(c -> model.calls().unitOf(c));
            if (at.isEmpty()) {
                return false;
            }
            complete &= trace(creation.getArgument(index), at.get(), depth + 1, parts, seen);
        }
        return complete;
    }

    /**
     * Where project code creates the type ({@code new T(...)}, also anonymously) with that many arguments: every
     * creation of its simple name that may mean it.
     */
    private List<ObjectCreationExpr> createdWith(TypeDeclaration<?> type, String name, int arity) {
        if (creationsByName.isEmpty()) {
            for (TypeDeclaration<?> declared : model.index().types().values()) {
                if (declared.getParentNode().map(p -> !(p instanceof TypeDeclaration)).orElse(true)) {
                    for (ObjectCreationExpr creation : Trees.findAll(declared, ObjectCreationExpr.class)) {
                        creationsByName.computeIfAbsent(creation.getType().getNameAsString(),
                                k -> new ArrayList<>()).add(creation);
                    }
                }
            }
        }
        return creationsByName.getOrDefault(type.getNameAsString(), List.of()).stream()
                .filter(c -> c.getArguments().size() == arity)
                .filter(c -> model.calls().typeCandidates(c.getType().getNameWithScope(), c).contains(name))
                .toList();
    }

    /** Whether a name inside a method means a lambda parameter or a local of the same name, not the method's own. */
    private static boolean shadowed(NameExpr name, CallableDeclaration<?> callable) {
        for (Node n = name.getParentNode().orElse(null); n != null && n != callable; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr lambda && lambda.getParameters().stream()
                    .anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                return true;
            }
        }
        return Trees.findAll(callable, VariableDeclarator.class).stream()
                .anyMatch(v -> v.getNameAsString().equals(name.getNameAsString()));
    }

    /** The code a local lives in: the nearest lambda, method, constructor or initializer block. */
    private static Optional<Node> scopeOf(VariableDeclarator local) {
        for (Node n = local.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private boolean names(Expression target, VariableDeclarator variable, CodeUnit unit) {
        String name = target instanceof NameExpr n ? n.getNameAsString()
                : target instanceof FieldAccessExpr f ? f.getNameAsString() : null;
        return variable.getNameAsString().equals(name) && onSameObject(target, variable)
                && model.calls().declarationOf(target, unit).orElse(null) == variable;
    }

    /**
     * A field named bare or through {@code this} is the field of the class the code is in: such a name in another
     * class (the same field name in an unrelated class) is not this field, though resolving it from the traced
     * unit's class would say so. The field's class, its nested classes and its subclasses may name it that way.
     */
    private boolean onSameObject(Expression target, VariableDeclarator variable) {
        boolean implicit = target instanceof NameExpr
                || target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr;
        if (!implicit || !(variable.getParentNode().orElse(null) instanceof FieldDeclaration)) {
            return true;
        }
        Optional<String> owner = model.index().enclosingTypeName(variable);
        Optional<String> at = model.index().enclosingTypeName(target);
        if (owner.isEmpty() || at.isEmpty()) {
            return true;
        }
        return at.get().equals(owner.get()) || at.get().startsWith(owner.get() + ".")
                || model.index().subtypes(owner.get()).contains(at.get());
    }

}
