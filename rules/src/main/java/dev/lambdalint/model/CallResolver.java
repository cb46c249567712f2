package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.ContextStart;
import dev.lambdalint.catalog.DaggerCatalog;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.LocalTypes;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Resolves, without a symbol solver, which project code a call, object creation or method reference runs:
 * receivers typed by their declarations, calls on {@code this} dispatched on the object's class, calls on a
 * declared type spread to the overrides in its project subtypes. A call whose receiver type cannot be worked
 * out falls back to the project's only method of that name and arity, when there is exactly one.
 */
public final class CallResolver {
    /** The type of an expression known to be no project type, though which one is not known. */
    public static final String EXTERNAL = "?";

    private final ProjectIndex index;
    private final Variables variables;
    private static final int MAX_TYPE_DEPTH = 64;
    private int typeDepth;
    private final Map<NodeIn, List<CodeUnit>> answered = new java.util.HashMap<>();
    private final Map<Declared, List<CodeUnit>> declaredAnswers = new java.util.HashMap<>();
    private final Map<String, List<CodeUnit>> uniqueAnswers = new java.util.HashMap<>();
    private final Map<NodeIn, Optional<String>> typed = new java.util.HashMap<>();
    private final DaggerComponents dagger;
    private final ApplicationContexts contexts;

    public CallResolver(ProjectIndex index) {
        this(index, DaggerCatalog.empty());
    }

    /** A resolver that also follows the wiring of Dagger components, which runs in classes the sources lack. */
    public CallResolver(ProjectIndex index, DaggerCatalog dagger) {
        this(index, dagger, List.of());
    }

    /** A resolver that also follows Dagger's wiring and what starting a framework's application context runs. */
    public CallResolver(ProjectIndex index, DaggerCatalog dagger, List<ContextStart> contextStarts) {
        this.index = index;
        this.variables = new Variables(index);
        this.dagger = new DaggerComponents(index, this, dagger);
        this.contexts = new ApplicationContexts(index, this, contextStarts);
    }

    ProjectIndex index() {
        return index;
    }

    /** The code units a node makes run, when it is a call, creation, method reference or this()/super(). */
    public List<CodeUnit> targets(Node node, CodeUnit caller) {
        // the model's walk, the lazy-init guards and the rules ask about the same calls again and again; an answer
        // worked out inside a type's resolution may be cut short by its depth bound, so only top-level ones are kept
        if (typeDepth > 0 || !(node instanceof MethodCallExpr || node instanceof ObjectCreationExpr)) {
            return resolveTargets(node, caller);
        }
        NodeIn question = new NodeIn(node, caller);
        List<CodeUnit> known = answered.get(question);
        if (known == null) {
            known = resolveTargets(node, caller);
            answered.put(question, known);
        }
        return known;
    }

    /** The catalog's start of a framework's application context that the node is, if it starts one. */
    public Optional<ContextStart> contextStart(Node node, CodeUnit unit) {
        return contexts.mayAnswer(node) ? contexts.start(node, unit) : Optional.empty();
    }

    /** The initializer of the local variable (not a parameter or field) a name refers to, when it has one. */
    Optional<Expression> localInitializer(NameExpr name, CodeUnit unit) {
        return declarationOf(name, unit)
                .filter(d -> d instanceof VariableDeclarator v
                        && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
                .flatMap(d -> ((VariableDeclarator) d).getInitializer());
    }

    /** Whether {@link #targets} may find a target for the node: only calls, constructions and references call. */
    public static boolean mayCall(Node node) {
        return node instanceof MethodCallExpr || node instanceof ObjectCreationExpr
                || node instanceof MethodReferenceExpr || node instanceof ExplicitConstructorInvocationStmt;
    }

    private List<CodeUnit> resolveTargets(Node node, CodeUnit caller) {
        if (node instanceof MethodCallExpr call) {
            return methodCall(call, caller);
        }
        if (node instanceof ObjectCreationExpr creation) {
            if (contexts.mayAnswer(creation)) {
                Optional<List<CodeUnit>> started = contexts.targets(creation, caller);
                if (started.isPresent()) {
                    return started.get();
                }
            }
            return typeName(creation.getType(), creation)
                    .map(t -> construction(t, creation.getArguments().size(), t)).orElse(List.of());
        }
        if (node instanceof MethodReferenceExpr reference) {
            return methodReference(reference, caller);
        }
        if (node instanceof ExplicitConstructorInvocationStmt invocation) {
            String target = invocation.isThis() ? caller.ownerType()
                    : index.superclass(caller.ownerType()).orElse(null);
            return target == null ? List.of()
                    : construction(target, invocation.getArguments().size(), caller.thisType());
        }
        return List.of();
    }

    /** Whether a simple name used at {@code usage} denotes a field rather than a local or parameter. */
    public boolean isField(String name, Node usage, String thisType) {
        return variables.local(name, usage).isEmpty() && variables.field(name, usage, thisType).isPresent();
    }

    /**
     * The declaration a name or field access refers to: a {@code Parameter} (of a method, constructor or lambda),
     * or a {@code VariableDeclarator} of a local or of a project field (also one imported statically).
     */
    public Optional<Node> declarationOf(Expression expression, CodeUnit unit) {
        if (expression instanceof NameExpr name) {
            String id = name.getNameAsString();
            Optional<Variables.Variable> variable = variables.lookup(id, name, unit.thisType());
            for (String owner : index.resolver(name).staticImportOwners(id)) {
                if (variable.isEmpty() && index.contains(owner)) {
                    variable = variables.fieldInHierarchy(id, owner);
                }
            }
            return variable.map(Variables.Variable::declaration);
        }
        if (expression instanceof FieldAccessExpr access) {
            Optional<String> owner = access.getScope() instanceof ThisExpr ? Optional.of(unit.thisType())
                    : staticTypeReference(access.getScope(), unit).or(() -> typeOf(access.getScope(), unit));
            return owner.filter(index::contains)
                    .flatMap(o -> variables.fieldInHierarchy(access.getNameAsString(), o))
                    .map(Variables.Variable::declaration);
        }
        if (expression instanceof TypeExpr t && t.getType() instanceof ClassOrInterfaceType c
                && c.getScope().isEmpty()) {
            return variableHead(t, unit).map(Variables.Variable::declaration); // worker::run
        }
        return Optional.empty();
    }

    /** Whether the type is declared in the project's sources. */
    public boolean isProjectType(String type) {
        return index.contains(type);
    }

    /** A project type if the name means one, else every external type it could mean. */
    public List<String> typeCandidates(String written, Node context) {
        TypeResolver resolver = index.resolver(context);
        Optional<String> resolved = resolver.resolve(written, context);
        return resolved.map(List::of).orElseGet(() -> new ArrayList<>(resolver.candidates(written, context)));
    }

    /** The types a call may be static on ({@code Owner.method()}, a static import); none when on a variable. */
    public List<String> staticOwners(MethodCallExpr call, CodeUnit unit) {
        if (call.getScope().isEmpty()) {
            return index.resolver(call).staticImportOwners(call.getNameAsString());
        }
        Expression scope = call.getScope().get();
        if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr) || isVariable(scope, unit)) {
            return List.of();
        }
        return typeCandidates(writtenName(scope), scope);
    }

    /** {@code a.b.C} as written; not toString(), which also prints a comment the parser attached to the name. */
    public static String writtenName(Expression name) {
        return name instanceof FieldAccessExpr access ? writtenName(access.getScope()) + "." + access.getNameAsString()
                : name.asNameExpr().getNameAsString();
    }

    private boolean isVariable(Expression scope, CodeUnit unit) {
        Expression head = scope;
        while (head instanceof FieldAccessExpr f) {
            head = f.getScope();
        }
        return !(head instanceof NameExpr name) || typeOf(name, unit).isPresent()
                || isField(name.getNameAsString(), name, unit.thisType());
    }

    /**
     * The {@code @Provides} methods of the project's Dagger components that make what Dagger injects for a type
     * written at {@code context} and qualified by {@code annotated}'s annotations (an {@code @Inject} constructor's
     * parameter or field); empty when no component binds it with such a method.
     */
    public Optional<List<CodeUnit>> daggerProviders(Type type, Node context, NodeWithAnnotations<?> annotated) {
        return dagger.providers(type, context, annotated);
    }

    /** The type of an expression: a project type's name, an external type as resolved or written, or empty. */
    public Optional<String> typeOf(Expression expression, CodeUnit unit) {
        // as with targets, only answers asked from outside a type's resolution are kept: inner ones may be cut short
        if (typeDepth == 0) {
            NodeIn question = new NodeIn(expression, unit);
            Optional<String> known = typed.get(question);
            if (known == null) {
                known = typeAtDepth(expression, unit);
                typed.put(question, known);
            }
            return known;
        }
        return typeAtDepth(expression, unit);
    }

    private Optional<String> typeAtDepth(Expression expression, CodeUnit unit) {
        // a variable typed by its own initializer (invalid code such as var x = x.next()) must not recurse forever
        if (typeDepth > MAX_TYPE_DEPTH) {
            return Optional.empty();
        }
        typeDepth++;
        try {
            return typeOfExpression(expression, unit);
        } finally {
            typeDepth--;
        }
    }

    private Optional<String> typeOfExpression(Expression expression, CodeUnit unit) {
        if (expression instanceof EnclosedExpr e) {
            return typeOf(e.getInner(), unit);
        }
        if (expression instanceof CastExpr c) {
            return typeName(c.getType(), c);
        }
        if (expression instanceof ConditionalExpr c) {
            return typeOf(c.getThenExpr(), unit);
        }
        if (expression instanceof ThisExpr) {
            return Optional.of(unit.thisType());
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return typeName(creation.getType(), creation);
        }
        if (expression instanceof NameExpr name) {
            return variables.lookup(name.getNameAsString(), name, unit.thisType()).flatMap(v -> variableType(v, unit));
        }
        if (expression instanceof FieldAccessExpr access) {
            Optional<String> owner = access.getScope() instanceof ThisExpr ? Optional.of(unit.thisType())
                    : staticTypeReference(access.getScope(), unit).or(() -> typeOf(access.getScope(), unit));
            return owner.filter(index::contains)
                    .flatMap(o -> variables.fieldInHierarchy(access.getNameAsString(), o))
                    .flatMap(v -> variableType(v, unit));
        }
        if (expression instanceof TypeExpr t) {
            return variableChainType(t, unit);
        }
        if (expression instanceof MethodCallExpr call) {
            if (dagger.mayAnswer(call)) {
                Optional<String> wired = dagger.typeOf(call, unit);
                if (wired.isPresent()) {
                    return wired;
                }
            }
            if (contexts.mayAnswer(call) && contexts.start(call, unit).isPresent()
                    && (call.getScope().isPresent() || onThis(call, unit, call.getNameAsString(),
                    call.getArguments().size()).isEmpty())) {
                return Optional.of(EXTERNAL); // the context, whatever start-up code the call runs
            }
            List<CodeUnit> callees = methodCall(call, unit);
            if (callees.isEmpty()) {
                // a library call (context.getLogger()): its result is no project type, so calls on it stay unlinked
                return Optional.of(EXTERNAL);
            }
            List<String> returns = callees.stream()
                    .map(CodeUnit::declaration)
                    .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                    .map(m -> typeName(m.getType(), m).orElse(EXTERNAL)).distinct().toList();
            return returns.size() == 1 ? Optional.of(returns.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The fully qualified type a name expression denotes when it names a type (Type.staticCall()). */
    public Optional<String> staticTypeReference(Expression scope, CodeUnit unit) {
        if (scope instanceof TypeExpr t) {
            return variableHead(t, unit).isPresent() ? Optional.empty() : typeName(t.getType(), t);
        }
        if (scope instanceof NameExpr name) {
            if (variables.lookup(name.getNameAsString(), name, unit == null ? null : unit.thisType()).isPresent()) {
                return Optional.empty();
            }
            return index.resolver(scope).resolve(name.getNameAsString(), scope);
        }
        if (scope instanceof FieldAccessExpr access && leftmostName(access) instanceof NameExpr head
                && variables.lookup(head.getNameAsString(), head, unit == null ? null : unit.thisType()).isEmpty()) {
            if (staticFieldOfProjectType(access, unit)) {
                return Optional.empty(); // Holder.INSTANCE names a field, whose type the caller asks next
            }
            return index.resolver(scope).resolve(writtenName(access), scope);
        }
        return Optional.empty();
    }

    /**
     * The variable in scope that the first name of a method reference's scope denotes, when there is one. The parser
     * cannot tell {@code worker::run} from {@code Worker::run} and makes both a type; Java reads the name as the
     * local, parameter or field in scope before any type of that name, so such a scope is that variable (or a field
     * of it, {@code settings.worker::run}). A parameterized type ({@code List<String>::size}) is always a type.
     */
    private Optional<Variables.Variable> variableHead(TypeExpr scope, CodeUnit unit) {
        if (!(scope.getType() instanceof ClassOrInterfaceType type)) {
            return Optional.empty();
        }
        ClassOrInterfaceType head = type;
        while (true) {
            if (head.getTypeArguments().isPresent()) {
                return Optional.empty();
            }
            if (head.getScope().isEmpty()) {
                break;
            }
            head = head.getScope().get();
        }
        return variables.lookup(head.getNameAsString(), scope, unit == null ? null : unit.thisType());
    }

    /** The type of a method reference's scope that names a variable, or a field of one ({@code a.b::m}). */
    private Optional<String> variableChainType(TypeExpr scope, CodeUnit unit) {
        Optional<Variables.Variable> head = variableHead(scope, unit);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String> fieldNames = new ArrayList<>();
        for (ClassOrInterfaceType t = scope.getType().asClassOrInterfaceType(); t.getScope().isPresent();
             t = t.getScope().get()) {
            fieldNames.add(0, t.getNameAsString());
        }
        Optional<String> type = variableType(head.get(), unit);
        for (String field : fieldNames) {
            type = type.filter(index::contains)
                    .flatMap(o -> variables.fieldInHierarchy(field, o))
                    .flatMap(v -> variableType(v, unit));
        }
        return type;
    }

    /** {@code Owner.NAME} where the project type Owner has a field NAME and no nested type of that name. */
    private boolean staticFieldOfProjectType(FieldAccessExpr access, CodeUnit unit) {
        Optional<String> owner = staticTypeReference(access.getScope(), unit).filter(index::contains);
        return owner.isPresent() && !index.contains(owner.get() + "." + access.getNameAsString())
                && variables.fieldInHierarchy(access.getNameAsString(), owner.get()).isPresent();
    }

    private List<CodeUnit> methodCall(MethodCallExpr call, CodeUnit caller) {
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        if (call.getScope().isEmpty()) {
            // a method of the class or of an enclosing class shadows a statically imported one (JLS 6.4.1); an
            // on-demand import (Constants.*) of a class that has no such method imports none
            List<CodeUnit> own = onThis(call, caller, name, arity);
            if (!own.isEmpty()) {
                return own;
            }
            for (String owner : index.resolver(call).staticImportOwners(name)) {
                List<CodeUnit> imported = index.contains(owner) ? declared(owner, name, arity, owner) : List.of();
                if (!imported.isEmpty()) {
                    return imported;
                }
            }
            if (contexts.mayAnswer(call)) {
                // a statically imported SpringApplication.run, which a method of the class itself would shadow
                Optional<List<CodeUnit>> started = contexts.targets(call, caller);
                if (started.isPresent()) {
                    return started.get();
                }
            }
            return own;
        }
        Expression scope = call.getScope().get();
        if (scope instanceof ThisExpr) {
            return onThis(call, caller, name, arity);
        }
        if (contexts.mayAnswer(call)) {
            Optional<List<CodeUnit>> started = contexts.targets(call, caller);
            if (started.isPresent()) {
                return started.get();
            }
        }
        if (dagger.mayAnswer(call)) {
            Optional<List<CodeUnit>> wired = dagger.targets(call, caller);
            if (wired.isPresent()) {
                return wired.get();
            }
        }
        if (scope instanceof SuperExpr) {
            return index.superclass(caller.ownerType())
                    .map(s -> declared(s, name, arity, caller.thisType())).orElse(List.of());
        }
        Optional<String> staticOwner = staticTypeReference(scope, caller);
        if (staticOwner.isPresent()) {
            return index.contains(staticOwner.get())
                    ? declared(staticOwner.get(), name, arity, staticOwner.get()) : List.of();
        }
        Optional<String> receiver = typeOf(scope, caller);
        if (receiver.isPresent()) {
            return index.contains(receiver.get()) ? dispatch(receiver.get(), name, arity) : List.of();
        }
        return uniqueByName(name, arity);
    }

    private List<CodeUnit> onThis(Node call, CodeUnit caller, String name, int arity) {
        String enclosing = enclosingIndexedType(call);
        String runtime = enclosing == null || enclosing.equals(caller.ownerType()) ? caller.thisType() : enclosing;
        List<CodeUnit> found = declared(runtime, name, arity, runtime);
        if (found.isEmpty() && enclosing != null) {
            // an inner class calling a method of its outer class
            for (Node n = call; n != null; n = n.getParentNode().orElse(null)) {
                if (n instanceof TypeDeclaration<?> t && index.nameOf(t) != null && !index.nameOf(t).equals(enclosing)) {
                    found = declared(index.nameOf(t), name, arity, index.nameOf(t));
                    if (!found.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Calls on a receiver declared as {@code type}: the method it would find, and overrides in subtypes. */
    private List<CodeUnit> dispatch(String type, String name, int arity) {
        LinkedHashSet<CodeUnit> result = new LinkedHashSet<>(declared(type, name, arity, type));
        for (String subtype : index.subtypes(type)) {
            result.addAll(declared(subtype, name, arity, subtype));
        }
        return List.copyOf(result);
    }

    /** The nearest declaration with a body of name/arity in the ancestry of {@code type}, run on {@code runtime}. */
    private List<CodeUnit> declared(String type, String name, int arity, String runtime) {
        // a call on a base type is spread to every subtype, at each call site of that name
        Declared question = new Declared(type, name, arity, runtime);
        List<CodeUnit> known = declaredAnswers.get(question);
        if (known == null) {
            known = List.copyOf(findDeclared(type, name, arity, runtime));
            declaredAnswers.put(question, known);
        }
        return known;
    }

    private record Declared(String type, String name, int arity, String runtime) {
    }

    private List<CodeUnit> findDeclared(String type, String name, int arity, String runtime) {
        for (String owner : index.ancestry(type)) {
            Declarations.DeclaredType declared = index.declared(owner);
            if (declared == null || declared.methods().stream()
                    .noneMatch(m -> m.name().equals(name) && m.body() && m.accepts(arity))) {
                continue; // told by the declarations: the type's tree is not read
            }
            Optional<TypeDeclaration<?>> declaration = index.type(owner);
            List<CodeUnit> units = new ArrayList<>();
            for (MethodDeclaration m : index.methodsNamed(declaration.get(), name)) {
                if (m.getBody().isPresent() && accepts(m.getParameters(), arity)) {
                    units.add(unit(m, owner, runtime));
                }
            }
            if (!units.isEmpty()) {
                return units;
            }
        }
        return List.of();
    }

    private List<CodeUnit> methodReference(MethodReferenceExpr reference, CodeUnit caller) {
        Expression scope = reference.getScope();
        String name = reference.getIdentifier();
        Optional<String> staticType = scope instanceof ThisExpr ? Optional.of(caller.thisType())
                : staticTypeReference(scope, caller);
        Optional<String> type = staticType.or(() -> typeOf(scope, caller));
        if (type.isEmpty() || !index.contains(type.get())) {
            return List.of();
        }
        if (name.equals("new")) {
            return construction(type.get(), -1, type.get());
        }
        LinkedHashSet<CodeUnit> result = new LinkedHashSet<>();
        for (String owner : index.ancestry(type.get())) {
            index.methodsNamed(owner, name).stream().filter(m -> m.getBody().isPresent())
                    .forEach(m -> result.add(unit(m, owner, type.get())));
        }
        if (staticType.isEmpty() && !(scope instanceof ObjectCreationExpr)) {
            // bound to an object (sink::write, this.sink::write) of a declared type: run on any of its subtypes,
            // as a call on that object would be; new Worker()::run runs on a Worker
            for (String subtype : index.subtypes(type.get())) {
                index.methodsNamed(subtype, name).stream().filter(m -> m.getBody().isPresent())
                        .forEach(m -> result.add(unit(m, subtype, subtype)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * What {@code new T(args)} runs: the matching constructors, T's instance initialisation, and the same for
     * the superclass unless the constructor delegates explicitly. An arity of -1 matches every constructor.
     */
    List<CodeUnit> construction(String type, int arity, String runtime) {
        Optional<TypeDeclaration<?>> declaration = index.type(type);
        if (declaration.isEmpty()) {
            return List.of();
        }
        List<CodeUnit> result = new ArrayList<>();
        boolean delegates = false;
        for (ConstructorDeclaration c : declaration.get().getConstructors()) {
            if (arity < 0 || accepts(c.getParameters(), arity)) {
                result.add(unit(c, type, runtime));
                delegates |= c.getBody().getStatements().stream()
                        .anyMatch(ExplicitConstructorInvocationStmt.class::isInstance);
            }
        }
        if (hasInstanceInit(declaration.get())) {
            result.add(new CodeUnit(declaration.get(), type, runtime, index.displayName(type) + ".<init>"));
        }
        if (!delegates) {
            index.superclass(type).ifPresent(s -> result.addAll(construction(s, 0, runtime)));
        }
        return result;
    }

    private static boolean hasInstanceInit(TypeDeclaration<?> type) {
        return type.getMembers().stream().anyMatch(m ->
                m instanceof FieldDeclaration f && !f.isStatic() && f.getVariables().stream()
                        .anyMatch(v -> v.getInitializer().isPresent())
                || m instanceof InitializerDeclaration i && !i.isStatic());
    }

    private List<CodeUnit> uniqueByName(String name, int arity) {
        // a common name (get, apply) has many declarations to look through, at every call of it on an unknown receiver
        return uniqueAnswers.computeIfAbsent(name + "/" + arity, k -> findUniqueByName(name, arity));
    }

    private List<CodeUnit> findUniqueByName(String name, int arity) {
        Predicate<Declarations.MethodShape> callable = m -> m.body() && m.accepts(arity);
        if (index.countMethodsAnywhere(name, callable) != 1) {
            return List.of(); // told by the declarations: no tree is read
        }
        List<MethodDeclaration> candidates = index.methodsNamedAnywhere(name, callable).stream()
                .filter(m -> m.getBody().isPresent() && accepts(m.getParameters(), arity)).toList();
        if (candidates.size() != 1) {
            return List.of();
        }
        MethodDeclaration method = candidates.get(0);
        String owner = enclosingIndexedType(method);
        return List.of(unit(method, owner, owner));
    }

    /** The callable's code run on an object of its own class, for questions that do not hang on the runtime class. */
    public Optional<CodeUnit> unitOf(CallableDeclaration<?> callable) {
        return Optional.ofNullable(enclosingIndexedType(callable)).map(owner -> unit(callable, owner, owner));
    }

    CodeUnit unit(CallableDeclaration<?> callable, String owner, String runtime) {
        String label = callable instanceof ConstructorDeclaration ? "<init>" : callable.getNameAsString();
        return new CodeUnit(callable, owner, runtime, index.displayName(owner) + "." + label);
    }

    private Optional<String> variableType(Variables.Variable variable, CodeUnit unit) {
        if (LocalTypes.inferred(variable.type(), index)) {
            return variable.initializer().flatMap(i -> typeOf(i, unit));
        }
        if (variable.declaration() instanceof Parameter p && p.getParentNode().orElse(null)
                instanceof com.github.javaparser.ast.expr.LambdaExpr && p.getType().isUnknownType()) {
            return Optional.empty();
        }
        return typeName(variable.type(), variable.declaration());
    }

    /** A written type as a project type's name, an external type's resolved or written name; empty for T. */
    Optional<String> typeName(Type type, Node context) {
        if (!(type instanceof ClassOrInterfaceType c)) {
            return type.isUnknownType() || type.isVarType() ? Optional.empty() : Optional.of(type.asString());
        }
        String written = c.getNameWithScope();
        if (isTypeParameter(written, context)) {
            return Optional.empty();
        }
        return Optional.of(index.resolver(context).resolve(written, context).orElse(written));
    }

    private static boolean isTypeParameter(String name, Node context) {
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> generic
                    && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }

    private String enclosingIndexedType(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t && index.nameOf(t) != null) {
                return index.nameOf(t);
            }
            if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent() && n != node) {
                return null;
            }
        }
        return null;
    }

    private static boolean accepts(NodeList<Parameter> parameters, int arity) {
        if (parameters.isNonEmpty() && parameters.getLast().map(Parameter::isVarArgs).orElse(false)) {
            return arity >= parameters.size() - 1;
        }
        return parameters.size() == arity;
    }

    private static Expression leftmostName(FieldAccessExpr access) {
        Expression e = access;
        while (e instanceof FieldAccessExpr f) {
            e = f.getScope();
        }
        return e;
    }
}
