package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithType;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project code a call may run, when all of it can be seen: the overrides a virtual call may dispatch to (with
 * the methods of anonymous classes), for a receiver whose type the code tells (also a cast, an array's element, a
 * type argument a getter returns), and for a library method the catalog knows to keep nothing it is given, the
 * project's overrides of it. Empty when some of it cannot be seen: a library's method, an interface a lambda of the
 * project may implement, a receiver of unknown type.
 */
public final class CallTargets {
    private final InvocationModel model;
    private final CollectionCatalog catalog;
    private final LambdaTargets lambdas;
    private Map<String, List<ObjectCreationExpr>> anonymousClasses;
    private final Map<List<String>, List<String>> subtypesOfLibraryTypes = new HashMap<>();

    private CallTargets(InvocationModel model, CollectionCatalog catalog) {
        this.model = model;
        this.catalog = catalog;
        this.lambdas = new LambdaTargets(model, this);
    }

    /** The model's answers, worked out once for all the analyses that ask. */
    public static CallTargets of(InvocationModel model, CollectionCatalog catalog) {
        return model.shared(CallTargets.class, () -> new CallTargets(model, catalog));
    }

    /**
     * The project callables a call, creation or this()/super() may run, when all of them can be seen: none is a
     * library's, no lambda or anonymous class may implement them.
     */
    public Optional<List<CallableDeclaration<?>>> targets(Node call) {
        String enclosing = model.index().enclosingTypeName(call).orElse(null);
        if (enclosing == null || inLambdaOrAnonymous(call)) {
            return Optional.empty();
        }
        if (call instanceof ObjectCreationExpr creation) {
            // an anonymous class passes its arguments to its superclass's constructor: its own code cannot see them
            return projectType(creation).map(t -> constructors(t, creation.getArguments().size()));
        }
        if (call instanceof ExplicitConstructorInvocationStmt invocation) {
            Optional<String> target = invocation.isThis() ? Optional.of(enclosing)
                    : model.index().superclass(enclosing);
            return target.map(t -> constructors(t, invocation.getArguments().size()));
        }
        if (!(call instanceof MethodCallExpr method)) {
            return Optional.empty();
        }
        String name = method.getNameAsString();
        int arity = method.getArguments().size();
        Optional<Expression> scope = method.getScope().map(CallTargets::withoutParentheses);
        if (inAnonymousClass(method) && (scope.isEmpty() || scope.get() instanceof ThisExpr
                || scope.get() instanceof SuperExpr)) {
            return Optional.empty(); // the anonymous class's own methods, its superclass's or the outer class's
        }
        if (scope.isEmpty() || scope.get() instanceof ThisExpr self && self.getTypeName().isEmpty()) {
            return dispatched(enclosing, name, arity);
        }
        if (scope.get() instanceof SuperExpr) {
            return model.index().superclass(enclosing).flatMap(s -> methods(model.index().ancestry(s), name, arity));
        }
        if (inAnonymousClass(method)) {
            // only a parameter of the method around the anonymous class, named nowhere else, is clear there
            return capturedParameter(scope.get(), method).flatMap(p -> projectTypeOf(p.getType(), p))
                    .flatMap(t -> dispatched(t, name, arity));
        }
        Optional<CodeUnit> unit = method.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> owner = model.calls().staticTypeReference(scope.get(), unit.get());
        if (owner.isPresent()) {
            return model.index().contains(owner.get())
                    ? methods(model.index().ancestry(owner.get()), name, arity) : Optional.empty();
        }
        Optional<String> receiver = receiverType(scope.get(), unit.get(), 0);
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        if (model.index().contains(receiver.get())) {
            return dispatched(receiver.get(), name, arity);
        }
        List<String> candidates = libraryNames(receiver.get(), method);
        return catalog.keepsNoArgument(candidates, name) ? overrides(candidates, name, arity) : Optional.empty();
    }

    /** The project's overrides of a library method: its own implementations keep nothing (see the catalog). */
    private Optional<List<CallableDeclaration<?>>> overrides(List<String> libraryTypes, String name, int arity) {
        List<String> below = subtypesOfLibraryTypes.computeIfAbsent(libraryTypes, this::projectTypesBelow);
        for (String t : below) {
            if (anonymousClasses().containsKey(t) || lambdas.mayBeLambda(t)) {
                return Optional.empty();
            }
        }
        List<CallableDeclaration<?>> found = new ArrayList<>();
        for (String t : below) {
            model.index().methodsNamed(t, name).stream()
                    .filter(m -> m.getParameters().size() == arity && m.getBody().isPresent()).forEach(found::add);
        }
        return Optional.of(found);
    }

    /** The project types that may extend or implement one of the library types: every call on them asks. */
    private List<String> projectTypesBelow(List<String> libraryTypes) {
        List<String> below = new ArrayList<>();
        for (String type : model.index().types().keySet()) {
            if (model.index().possibleAncestors(type).stream().anyMatch(libraryTypes::contains)) {
                below.add(type);
            }
        }
        return below;
    }

    /** The expression without its parentheses; a cast stays: it names the type the call dispatches on. */
    static Expression withoutParentheses(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }

    /** A call on an object declared as {@code type}: the methods of its ancestry and its subtypes' overrides. */
    private Optional<List<CallableDeclaration<?>>> dispatched(String type, String name, int arity) {
        Set<String> types = new LinkedHashSet<>(model.index().ancestry(type));
        Set<String> below = new LinkedHashSet<>(model.index().subtypes(type));
        below.add(type);
        for (String t : below) {
            if (lambdas.mayBeLambda(t)) {
                return Optional.empty();
            }
        }
        types.addAll(below);
        Optional<List<CallableDeclaration<?>>> found = methods(types, name, arity);
        if (found.isEmpty()) {
            return found;
        }
        List<CallableDeclaration<?>> withAnonymous = new ArrayList<>(found.get());
        for (String t : below) {
            for (ObjectCreationExpr anonymous : anonymousClasses().getOrDefault(t, List.of())) {
                anonymous.getAnonymousClassBody().orElseThrow().stream()
                        .filter(m -> m instanceof MethodDeclaration d && d.getNameAsString().equals(name)
                                && d.getParameters().size() == arity && d.getBody().isPresent())
                        .forEach(m -> withAnonymous.add((MethodDeclaration) m));
            }
        }
        return Optional.of(withAnonymous);
    }

    private Optional<List<CallableDeclaration<?>>> methods(Iterable<String> types, String name, int arity) {
        List<CallableDeclaration<?>> found = new ArrayList<>();
        for (String t : types) {
            for (MethodDeclaration m : model.index().methodsNamed(t, name)) {
                if (m.getParameters().size() == arity && m.getBody().isPresent()) {
                    found.add(m);
                }
            }
        }
        boolean anyDeclared = false;
        for (String t : types) {
            anyDeclared |= model.index().methodsNamed(t, name).stream()
                    .anyMatch(m -> m.getParameters().size() == arity);
        }
        return anyDeclared ? Optional.of(found) : Optional.empty(); // no project method: a library's
    }

    List<CallableDeclaration<?>> constructors(String type, int arity) {
        List<CallableDeclaration<?>> found = new ArrayList<>();
        model.index().type(type).ifPresent(t -> t.getConstructors().stream()
                .filter(c -> c.getParameters().size() == arity).forEach(found::add));
        return found;
    }

    Optional<String> projectType(ObjectCreationExpr creation) {
        return model.fields().typeCandidates(creation.getType(), creation).stream()
                .filter(model.index()::contains).findFirst();
    }

    /** The declared type of the variable or field an expression names, also outside methods (an initializer). */
    Optional<Type> declaredType(Expression named) {
        Optional<CodeUnit> unit = named.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        Optional<Node> declaration = unit.flatMap(u -> model.calls().declarationOf(named, u));
        if (declaration.isEmpty() && (named instanceof NameExpr || named instanceof FieldAccessExpr access
                && access.getScope() instanceof ThisExpr)) {
            String name = named instanceof NameExpr n ? n.getNameAsString()
                    : ((FieldAccessExpr) named).getNameAsString();
            declaration = model.index().enclosingTypeName(named).flatMap(model.index()::type)
                    .flatMap(t -> model.index().fieldNamed(t, name)).map(Node.class::cast);
        }
        return declaration.filter(d -> d instanceof NodeWithType<?, ?>)
                .map(d -> ((NodeWithType<?, ?>) d).getType());
    }

    /**
     * The project type of a call's receiver: as the model types it, else an array's element
     * ({@code properties[i]}) or what a project method declared to return a type parameter of its class returns
     * for the receiver's declared type argument ({@code node.value()} on a {@code LinkedNode<Handler>}).
     */
    private Optional<String> receiverType(Expression scope, CodeUnit unit, int depth) {
        Optional<String> typed = model.calls().typeOf(scope, unit).filter(t -> !t.equals(CallResolver.EXTERNAL));
        if (typed.isPresent() || depth > 4) {
            return typed;
        }
        Expression e = withoutParentheses(scope);
        if (e instanceof ArrayAccessExpr access) {
            return declaredType(withoutParentheses(access.getName())).filter(Type::isArrayType)
                    .map(t -> t.asArrayType().getElementType()).flatMap(t -> projectTypeOf(t, scope));
        }
        if (!(e instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression inner = withoutParentheses(call.getScope().get());
        Optional<String> receiver = receiverType(inner, unit, depth + 1);
        Optional<String> owner = receiver.filter(model.index()::contains);
        Optional<Type> declared = inner instanceof NameExpr || inner instanceof FieldAccessExpr
                ? declaredType(inner) : Optional.empty();
        if (owner.isEmpty()) {
            Optional<Integer> k = receiver.flatMap(r -> catalog.typeArgumentReturned(libraryNames(r, call),
                    call.getNameAsString()));
            return k.isPresent() && declared.isPresent() && declared.get() instanceof ClassOrInterfaceType generic
                    && generic.getTypeArguments().map(a -> a.size() > k.get()).orElse(false)
                    ? projectTypeOf(generic.getTypeArguments().get().get(k.get()), inner) : Optional.empty();
        }
        Set<String> found = new HashSet<>();
        for (String t : model.index().ancestry(owner.get())) {
            Optional<TypeDeclaration<?>> declaration = model.index().type(t);
            for (MethodDeclaration m : declaration.map(d -> model.index().methodsNamed(d, call.getNameAsString()))
                    .orElse(List.of())) {
                if (m.getParameters().size() != call.getArguments().size()
                        || !(declaration.get() instanceof ClassOrInterfaceDeclaration c)) {
                    continue;
                }
                int k = typeParameterIndex(c, m.getType());
                if (k < 0) {
                    projectTypeOf(m.getType(), m).ifPresent(found::add);
                    continue;
                }
                if (!t.equals(owner.get()) || declared.isEmpty()
                        || !(declared.get() instanceof ClassOrInterfaceType generic)
                        || generic.getTypeArguments().map(a -> a.size() <= k).orElse(true)) {
                    return Optional.empty();
                }
                projectTypeOf(generic.getTypeArguments().get().get(k), inner).ifPresent(found::add);
            }
        }
        return found.size() == 1 ? found.stream().findFirst() : Optional.empty();
    }

    /** What a library type written in the code may be, a nested one ({@code Map.Entry}) too. */
    private List<String> libraryNames(String written, Node context) {
        List<String> names = new ArrayList<>(model.calls().typeCandidates(written, context));
        int dot = written.indexOf('.');
        if (dot > 0) {
            for (String outer : model.calls().typeCandidates(written.substring(0, dot), context)) {
                names.add(outer + written.substring(dot));
            }
        }
        return names;
    }

    private static int typeParameterIndex(ClassOrInterfaceDeclaration type, Type returned) {
        for (int i = 0; i < type.getTypeParameters().size(); i++) {
            if (type.getTypeParameter(i).getNameAsString().equals(returned.asString())) {
                return i;
            }
        }
        return -1;
    }

    Optional<String> projectTypeOf(Type type, Node context) {
        return model.fields().typeCandidates(type, context).stream().filter(model.index()::contains).findFirst();
    }

    /** The project's anonymous classes, by the project type each extends or implements. */
    private Map<String, List<ObjectCreationExpr>> anonymousClasses() {
        if (anonymousClasses == null) {
            anonymousClasses = new HashMap<>();
            // only a class written for a type named like a project type can be one: no other file's tree is read
            Set<String> projectTypes = model.index().simpleTypeNames();
            for (ObjectCreationExpr c : model.index().syntax().anonymousClasses(w -> w.anonymousTypes().stream()
                    .anyMatch(projectTypes::contains))) {
                projectType(c).ifPresent(t -> anonymousClasses.computeIfAbsent(t, k -> new ArrayList<>()).add(c));
            }
        }
        return anonymousClasses;
    }

    /**
     * The parameter of the named class's method around an anonymous class that a name in the anonymous class
     * means: no variable or field of that name is declared in the anonymous class.
     */
    private static Optional<Parameter> capturedParameter(Expression scope, Node inAnonymous) {
        if (!(scope instanceof NameExpr name)) {
            return Optional.empty();
        }
        String id = name.getNameAsString();
        for (Node n = inAnonymous; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent()
                    && (c.getAnonymousClassBody().get().stream().anyMatch(m -> declares(m, id)))) {
                return Optional.empty();
            }
            if (n instanceof CallableDeclaration<?> callable && !inAnonymousClass(callable)) {
                return callable.getParameters().stream().filter(p -> p.getNameAsString().equals(id)).findFirst();
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Node body, String id) {
        return Trees.findAll(body, VariableDeclarator.class).stream().anyMatch(v -> v.getNameAsString().equals(id))
                || Trees.findAll(body, Parameter.class).stream().anyMatch(p -> p.getNameAsString().equals(id));
    }

    static boolean inAnonymousClass(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent()
                    && c.getAnonymousClassBody().get().stream().anyMatch(m -> m == node || m.isAncestorOf(node))) {
                return true;
            }
            if (n instanceof TypeDeclaration<?>) {
                return false;
            }
        }
        return false;
    }

    /** Whether the node sits in a lambda, or in an anonymous or local class, inside the code that declares it. */
    static boolean inLambdaOrAnonymous(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof ObjectCreationExpr c && c.getAnonymousClassBody().isPresent()
                    && c.getAnonymousClassBody().get().stream().anyMatch(m -> m.isAncestorOf(node))) {
                return true;
            }
            if (n instanceof CallableDeclaration<?> callable) {
                return callable.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration c
                        && c.isLocalClassDeclaration();
            }
            if (n instanceof TypeDeclaration<?>) {
                return false;
            }
        }
        return false;
    }
}
