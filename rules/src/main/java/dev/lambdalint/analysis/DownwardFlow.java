package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.nodeTypes.NodeWithType;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a value only travels down the call chain: it is the receiver of calls, has its fields read or written,
 * is compared, or is handed to project code whose parameter in turn only travels down; or it is kept in a local,
 * returned to such code, or stored in an instance field of a class no long-lived object holds, whose every read
 * again only travels down. Anything else keeps it: a static field, a field of a class the handler keeps, a
 * collection or any library method, a lambda or nested class, a call whose code cannot all be seen (an interface a
 * lambda may implement, a class with anonymous subclasses, a receiver of unknown type), or a search past its
 * budget.
 */
public final class DownwardFlow {
    private static final int BUDGET = 20_000;

    private enum Kind { VARIABLE, FIELD, RESULT, THIS }

    /** A place the value may go; nodes compare by identity, not by JavaParser's structural equality. */
    private record Key(Kind kind, Object ref) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.kind == kind && (ref instanceof Node ? k.ref == ref : k.ref.equals(ref));
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + (ref instanceof Node ? System.identityHashCode(ref) : ref.hashCode());
        }
    }

    private static final String ANY = "*";

    private final InvocationModel model;
    private final CollectionCatalog catalog;
    private final Map<Key, Boolean> known = new HashMap<>();
    private Map<String, List<ObjectCreationExpr>> anonymousClasses;
    private Set<String> lambdaTargets;
    private Map<String, List<CallableDeclaration<?>>> methodsByName;

    private DownwardFlow(InvocationModel model, CollectionCatalog catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    public static DownwardFlow of(InvocationModel model, CollectionCatalog catalog) {
        return model.shared(DownwardFlow.class, () -> new DownwardFlow(model, catalog));
    }

    /** Whether the value the expression computes only travels down from there. */
    public boolean staysDown(Expression value) {
        List<Key> next = new ArrayList<>();
        return occurrence(value, next) && search(next);
    }

    /** Whether no code of the class's objects (its own and its superclasses') lets {@code this} go anywhere but down. */
    public boolean thisStaysDown(String type) {
        return search(List.of(new Key(Kind.THIS, type)));
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
        Optional<Expression> scope = method.getScope().map(DownwardFlow::withoutParentheses);
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
        List<String> below = new ArrayList<>();
        for (String type : model.index().types().keySet()) {
            if (model.index().possibleAncestors(type).stream().anyMatch(libraryTypes::contains)) {
                below.add(type);
            }
        }
        for (String t : below) {
            if (anonymousClasses().containsKey(t) || mayBeLambda(t)) {
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

    /** The expression without its parentheses; a cast stays: it names the type the call dispatches on. */
    private static Expression withoutParentheses(Expression expression) {
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
            if (mayBeLambda(t)) {
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
            anyDeclared |= model.index().methodsNamed(t, name).stream().anyMatch(m -> m.getParameters().size() == arity);
        }
        return anyDeclared ? Optional.of(found) : Optional.empty(); // no project method: a library's
    }

    private List<CallableDeclaration<?>> constructors(String type, int arity) {
        List<CallableDeclaration<?>> found = new ArrayList<>();
        model.index().type(type).ifPresent(t -> t.getConstructors().stream()
                .filter(c -> c.getParameters().size() == arity).forEach(found::add));
        return found;
    }

    private Optional<String> projectType(ObjectCreationExpr creation) {
        return model.fields().typeCandidates(creation.getType(), creation).stream()
                .filter(model.index()::contains).findFirst();
    }

    /**
     * An interface with one abstract method that some lambda or method reference of the project may implement,
     * out of sight: one written where that interface (by its simple name) or an unknown type is expected.
     */
    private boolean mayBeLambda(String type) {
        boolean functional = model.index().type(type).map(t -> t instanceof ClassOrInterfaceDeclaration c
                && c.isInterface() && c.getMethods().stream().filter(m -> m.getBody().isEmpty() && !m.isStatic())
                .count() <= 1).orElse(false);
        return functional && (lambdaTargets().contains(ANY)
                || lambdaTargets().contains(type.substring(type.lastIndexOf('.') + 1)));
    }

    /** The simple names of the types the project's lambdas and method references are written for. */
    private Set<String> lambdaTargets() {
        if (lambdaTargets == null) {
            lambdaTargets = new HashSet<>();
            for (TypeDeclaration<?> type : model.index().types().values()) {
                if (type.getParentNode().orElse(null) instanceof TypeDeclaration<?>) {
                    continue;
                }
                type.findAll(LambdaExpr.class).forEach(l -> lambdaTargets.addAll(writtenFor(l)));
                type.findAll(MethodReferenceExpr.class).forEach(r -> lambdaTargets.addAll(writtenFor(r)));
            }
        }
        return lambdaTargets;
    }

    /** The type a lambda or method reference implements, as far as where it is written tells. */
    private Set<String> writtenFor(Expression function) {
        Expression at = function;
        Node parent = at.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof ConditionalExpr c && c.getCondition() != at) {
            at = (Expression) parent;
            parent = at.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator v) {
            return simpleName(v.getType());
        }
        if (parent instanceof CastExpr cast) {
            return simpleName(cast.getType());
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == at) {
            Optional<Type> target = declaredType(assign.getTarget());
            return target.isPresent() ? simpleName(target.get()) : Set.of(ANY);
        }
        if (parent instanceof ReturnStmt ret) {
            Node owner = ret.findAncestor(n -> n instanceof LambdaExpr || n instanceof CallableDeclaration<?>,
                    Node.class).orElse(null);
            return owner instanceof MethodDeclaration m ? simpleName(m.getType()) : Set.of(ANY);
        }
        if (parent instanceof MethodCallExpr call && indexOf(call, at) >= 0) {
            if (libraryReceiver(call)) {
                return Set.of(); // written for a library's type
            }
            Set<String> names = new HashSet<>();
            int position = indexOf(call, at);
            for (CallableDeclaration<?> m : methodsByName().getOrDefault(call.getNameAsString(), List.of())) {
                NodeList<Parameter> parameters = m.getParameters();
                if (parameters.size() > position) {
                    names.addAll(simpleName(parameters.get(position).getType()));
                } else if (parameters.isNonEmpty() && parameters.getLast().orElseThrow().isVarArgs()) {
                    names.addAll(simpleName(parameters.getLast().orElseThrow().getType()));
                }
            }
            return names; // no project method of the name: a library's, written for a library type
        }
        if (parent instanceof ExplicitConstructorInvocationStmt invocation && indexOf(invocation, at) >= 0) {
            Optional<List<CallableDeclaration<?>>> targets = targets(invocation);
            int position = indexOf(invocation, at);
            Set<String> names = new HashSet<>();
            targets.orElse(List.of()).forEach(c -> names.addAll(simpleName(c.getParameter(position).getType())));
            return targets.isPresent() ? names : Set.of(ANY);
        }
        if (parent instanceof ObjectCreationExpr creation && indexOf(creation, at) >= 0) {
            Optional<String> type = projectType(creation);
            if (type.isEmpty()) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (CallableDeclaration<?> c : constructors(type.get(), creation.getArguments().size())) {
                names.addAll(simpleName(c.getParameter(indexOf(creation, at)).getType()));
            }
            return names;
        }
        return Set.of(ANY);
    }

    /** The declared type of the variable or field an expression names, also outside methods (an initializer). */
    private Optional<Type> declaredType(Expression named) {
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

    private Optional<String> projectTypeOf(Type type, Node context) {
        return model.fields().typeCandidates(type, context).stream().filter(model.index()::contains).findFirst();
    }

    /** Whether the call's receiver is, as far as it can be told, of a library type, or a library type itself. */
    private boolean libraryReceiver(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope().map(DownwardFlow::withoutParentheses);
        Optional<CodeUnit> unit = call.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        if (scope.isEmpty() || unit.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
            return false;
        }
        Optional<String> type = model.calls().staticTypeReference(scope.get(), unit.get())
                .or(() -> model.calls().typeOf(scope.get(), unit.get()));
        return type.isPresent() && !type.get().equals(CallResolver.EXTERNAL) && !model.index().contains(type.get());
    }

    /** A class or interface type's simple name; none for a primitive or an array, which no lambda implements. */
    private static Set<String> simpleName(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return Set.of(c.getNameAsString());
        }
        return type.isVarType() || type.isUnknownType() ? Set.of(ANY) : Set.of();
    }

    private Map<String, List<CallableDeclaration<?>>> methodsByName() {
        if (methodsByName == null) {
            methodsByName = new HashMap<>();
            for (TypeDeclaration<?> type : model.index().types().values()) {
                type.getMethods().forEach(m -> methodsByName.computeIfAbsent(m.getNameAsString(),
                        k -> new ArrayList<>()).add(m));
            }
        }
        return methodsByName;
    }

    /** The project's anonymous classes, by the project type each extends or implements. */
    private Map<String, List<ObjectCreationExpr>> anonymousClasses() {
        if (anonymousClasses == null) {
            anonymousClasses = new HashMap<>();
            for (TypeDeclaration<?> type : model.index().types().values()) {
                if (type.getParentNode().orElse(null) instanceof TypeDeclaration<?>) {
                    continue; // a nested type: its code is searched with the file's top-level type
                }
                for (ObjectCreationExpr c : type.findAll(ObjectCreationExpr.class)) {
                    if (c.getAnonymousClassBody().isPresent()) {
                        projectType(c).ifPresent(t -> anonymousClasses.computeIfAbsent(t, k -> new ArrayList<>())
                                .add(c));
                    }
                }
            }
        }
        return anonymousClasses;
    }

    /** Every place reachable from the starts only lets the value travel down; what is proved is remembered. */
    private boolean search(List<Key> starts) {
        Set<Key> visited = new HashSet<>();
        ArrayDeque<Key> queue = new ArrayDeque<>();
        for (Key start : starts) {
            Boolean answer = known.get(start);
            if (Boolean.FALSE.equals(answer)) {
                return false;
            }
            if (answer == null && visited.add(start)) {
                queue.add(start);
            }
        }
        while (!queue.isEmpty()) {
            if (visited.size() > BUDGET) {
                return false;
            }
            Key key = queue.poll();
            List<Key> next = new ArrayList<>();
            if (!expand(key, next)) {
                known.put(key, false);
                return false;
            }
            for (Key n : next) {
                Boolean answer = known.get(n);
                if (Boolean.FALSE.equals(answer)) {
                    return false;
                }
                if (answer == null && visited.add(n)) {
                    queue.add(n);
                }
            }
        }
        visited.forEach(k -> known.put(k, true));
        return true;
    }

    private boolean expand(Key key, List<Key> next) {
        if (key.ref() instanceof NodeWithType<?, ?> typed && cannotHoldAnObject(typed.getType())) {
            return true;
        }
        return switch (key.kind()) {
            case VARIABLE -> variable((Node) key.ref(), next);
            case FIELD -> field((VariableDeclarator) key.ref(), next);
            case RESULT -> result((MethodDeclaration) key.ref(), next);
            case THIS -> self((String) key.ref(), next);
        };
    }

    /** A variable of a primitive type or a String holds no object of a project class. */
    private static boolean cannotHoldAnObject(Type type) {
        return type.isPrimitiveType() || type instanceof ClassOrInterfaceType c
                && (c.getNameWithScope().equals("String") || c.getNameWithScope().equals("java.lang.String"));
    }

    /** A parameter or local: every use of it in its callable, outside lambdas and nested classes, goes down. */
    private boolean variable(Node declaration, List<Key> next) {
        Node scope = declaration instanceof Parameter p ? p.getParentNode().orElse(null)
                : declaration.findAncestor(CallableDeclaration.class).orElse(null);
        if (!(scope instanceof CallableDeclaration<?>) || inLambdaOrAnonymous(declaration)) {
            return false;
        }
        String name = ((com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?>) declaration).getNameAsString();
        for (NameExpr use : scope.findAll(NameExpr.class)) {
            if (!use.getNameAsString().equals(name) || isAssignedTo(use)) {
                continue;
            }
            if (use.findAncestor(CallableDeclaration.class).orElse(null) != scope || inLambdaOrAnonymous(use)
                    || !occurrence(use, next)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An instance field of a class no long-lived object holds: every read of it, in its class, subclasses and
     * package (by name, whatever it names there), goes down.
     */
    private boolean field(VariableDeclarator variable, List<Key> next) {
        String name = variable.getNameAsString();
        String owner = model.index().enclosingTypeName(variable).orElse(null);
        if (owner == null) {
            return false;
        }
        for (TypeDeclaration<?> type : mayName(owner, variable)) {
            for (NameExpr mention : type.findAll(NameExpr.class)) {
                if (mention.getNameAsString().equals(name) && !isAssignedTo(mention) && mayBe(mention, variable)
                        && !occurrence(mention, next)) {
                    return false;
                }
            }
            for (FieldAccessExpr mention : type.findAll(FieldAccessExpr.class)) {
                if (mention.getNameAsString().equals(name) && !isAssignedTo(mention) && !occurrence(mention, next)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the name may denote the field: it does not resolve to some other variable. */
    boolean mayBe(NameExpr mention, VariableDeclarator field) {
        Optional<Node> declaration = mention.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf)
                .flatMap(u -> model.calls().declarationOf(mention, u));
        return declaration.isEmpty() || declaration.get() == field;
    }

    /** The top-level types whose code may name the field: its own file's, its subclasses', its package's. */
    Set<TypeDeclaration<?>> mayName(String owner, VariableDeclarator variable) {
        Set<TypeDeclaration<?>> types = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>(model.index().subtypes(owner));
        names.add(owner);
        boolean isPrivate = ((FieldDeclaration) variable.getParentNode().orElseThrow()).isPrivate();
        String pkg = packageOf(variable);
        for (TypeDeclaration<?> type : model.index().types().values()) {
            if (type.getParentNode().orElse(null) instanceof TypeDeclaration<?>) {
                continue;
            }
            String name = model.index().nameOf(type);
            boolean related = names.stream().anyMatch(n -> n.equals(name) || n.startsWith(name + "."));
            if (related || !isPrivate && packageOf(type).equals(pkg)) {
                types.add(type);
            }
        }
        return types;
    }

    private static String packageOf(Node node) {
        return node.findCompilationUnit().flatMap(cu -> cu.getPackageDeclaration())
                .map(p -> p.getNameAsString()).orElse("");
    }

    /**
     * What a method returns goes where each per-invocation call of it takes the result; a method a library may call
     * (it overrides one no project type declares) or one named by a method reference hands its result out of sight.
     */
    private boolean result(MethodDeclaration method, List<Key> next) {
        if (method.isAnnotationPresent("Override") && !declaredByProjectAncestor(method)) {
            return false;
        }
        for (InvocationModel.CallSite site : model.callSitesOf(method)) {
            if (!(site.node() instanceof MethodCallExpr call) || !occurrence(call, next)) {
                return false;
            }
        }
        return true;
    }

    private boolean declaredByProjectAncestor(MethodDeclaration method) {
        String owner = model.index().enclosingTypeName(method).orElse(null);
        if (owner == null) {
            return false;
        }
        for (String ancestor : model.index().ancestry(owner)) {
            if (!ancestor.equals(owner) && !model.index().methodsNamed(ancestor, method.getNameAsString()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object's own code: every {@code this} in its class and superclasses names a member or goes down, and
     * nothing there captures it (a lambda, an anonymous or inner class).
     */
    private boolean self(String type, List<Key> next) {
        for (String owner : model.index().ancestry(type)) {
            Optional<TypeDeclaration<?>> declaration = model.index().type(owner);
            if (declaration.isEmpty()) {
                continue;
            }
            if (captures(declaration.get())) {
                return false;
            }
            for (ThisExpr self : declaration.get().findAll(ThisExpr.class)) {
                Node parent = self.getParentNode().orElse(null);
                boolean namesMember = parent instanceof FieldAccessExpr access && access.getScope() == self
                        || parent instanceof MethodCallExpr call && call.getScope().orElse(null) == self;
                if (!namesMember && (self.getTypeName().isPresent() || !occurrence(self, next))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean captures(TypeDeclaration<?> type) {
        return !type.findAll(LambdaExpr.class).isEmpty()
                || type.findAll(ObjectCreationExpr.class).stream().anyMatch(c -> c.getAnonymousClassBody().isPresent())
                || type.getMembers().stream().anyMatch(m -> m instanceof TypeDeclaration<?> nested && !nested.isStatic()
                && !(nested instanceof ClassOrInterfaceDeclaration c && c.isInterface()));
    }

    /**
     * Where the value computed at the expression goes next: fine there (a receiver, a field's scope, a comparison,
     * dropped), on to the places added to {@code next}, or kept (false).
     */
    private boolean occurrence(Expression value, List<Key> next) {
        Expression at = value;
        Node parent = at.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof CastExpr
                || parent instanceof ConditionalExpr c && c.getCondition() != at) {
            at = (Expression) parent;
            parent = at.getParentNode().orElse(null);
        }
        if (parent == null || inLambdaOrAnonymous(at)) {
            return false;
        }
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == at
                || parent instanceof FieldAccessExpr access && access.getScope() == at
                || parent instanceof ExpressionStmt || parent instanceof InstanceOfExpr
                || parent instanceof BinaryExpr binary && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS)) {
            return true;
        }
        if (parent instanceof NodeWithArguments<?> call && indexOf(call, at) >= 0) {
            return argument(parent, indexOf(call, at), next);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == at
                && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            return storedIn(assign.getTarget(), next);
        }
        if (parent instanceof VariableDeclarator declarator && declarator.getInitializer().orElse(null) == at) {
            return declarator.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                    ? next.add(new Key(Kind.VARIABLE, declarator)) : instanceField(declarator, next);
        }
        if (parent instanceof ReturnStmt
                && parent.findAncestor(CallableDeclaration.class).orElse(null) instanceof MethodDeclaration method) {
            return next.add(new Key(Kind.RESULT, method));
        }
        return false;
    }

    private static int indexOf(NodeWithArguments<?> call, Expression argument) {
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (call.getArguments().get(i) == argument) {
                return i;
            }
        }
        return -1;
    }

    /** An argument goes to the matching parameter of every callable the call may run. */
    private boolean argument(Node call, int position, List<Key> next) {
        Optional<List<CallableDeclaration<?>>> targets = targets(call);
        if (position < 0 || targets.isEmpty()) {
            return false;
        }
        Optional<String> given = argumentType(call, position);
        for (CallableDeclaration<?> target : targets.get()) {
            if (position >= target.getParameters().size() || target.getParameter(position).isVarArgs()) {
                return false;
            }
            Parameter parameter = target.getParameter(position);
            Optional<String> taken = projectTypeOf(parameter.getType(), parameter);
            if (given.isPresent() && taken.isPresent() && !model.index().ancestry(given.get()).contains(taken.get())
                    && !model.index().ancestry(taken.get()).contains(given.get())) {
                continue; // an overload of the same arity that cannot take this argument
            }
            next.add(new Key(Kind.VARIABLE, parameter));
        }
        return true;
    }

    /** The project type the argument is declared as, when the code says. */
    private Optional<String> argumentType(Node call, int position) {
        Expression argument = ((NodeWithArguments<?>) call).getArgument(position);
        return call.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf)
                .flatMap(u -> model.calls().typeOf(argument, u)).filter(model.index()::contains);
    }

    private boolean storedIn(Expression target, List<Key> next) {
        Optional<CodeUnit> unit = target.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        Optional<Node> declaration = unit.flatMap(u -> model.calls().declarationOf(target, u));
        if (declaration.isEmpty()) {
            return false;
        }
        if (declaration.get() instanceof VariableDeclarator v
                && v.getParentNode().orElse(null) instanceof FieldDeclaration) {
            return instanceField(v, next);
        }
        return (declaration.get() instanceof Parameter || declaration.get() instanceof VariableDeclarator)
                && next.add(new Key(Kind.VARIABLE, declaration.get()));
    }

    /** Storing in an instance field keeps the value only if some long-lived object may be of the field's class. */
    private boolean instanceField(VariableDeclarator variable, List<Key> next) {
        return fieldOfShortLivedObjects(variable) && next.add(new Key(Kind.FIELD, variable));
    }

    /**
     * Whether the variable is an instance field of a named class no long-lived object may be of (the handler's
     * objects and what static fields hold, by their fields' types): what it holds goes with its object.
     */
    boolean fieldOfShortLivedObjects(VariableDeclarator variable) {
        if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration declaration) || declaration.isStatic()
                || inAnonymousClass(variable)) {
            return false;
        }
        String owner = model.index().enclosingTypeName(variable).orElse(null);
        if (owner == null) {
            return false;
        }
        Set<String> holders = new LinkedHashSet<>(model.index().subtypes(owner));
        holders.add(owner);
        for (Handler handler : model.handlers()) {
            for (String holder : holders) {
                if (model.fields().outlivesInvocation(new FieldRef(variable, owner, holder), handler)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isAssignedTo(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getTarget() == expression;
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
        return body.findAll(VariableDeclarator.class).stream().anyMatch(v -> v.getNameAsString().equals(id))
                || body.findAll(Parameter.class).stream().anyMatch(p -> p.getNameAsString().equals(id));
    }

    private static boolean inAnonymousClass(Node node) {
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
    private static boolean inLambdaOrAnonymous(Node node) {
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
