package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.DaggerCatalog;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The wiring of Dagger 2 components, which runs in the class Dagger generates ({@code DaggerOrderComponent}) and so
 * is not in the sources: what a call on the generated class or on a component makes run.
 * <ul>
 * <li>Making a component ({@code DaggerX.create()}, {@code DaggerX.builder()...build()},
 * {@code DaggerX.factory().create(..)}) runs its scoped bindings ({@code @Singleton}, or any scope): each is built
 * once per component instance, so it runs where, and as often as, the instance is made. Only the bindings that the
 * instance's use needs: the provision or injection methods called on it right there or on the local variable that
 * holds it; all of the component's when the instance goes anywhere else (a field, a return, an argument).</li>
 * <li>A provision method ({@code orders()}) or members-injection method ({@code inject(handler)}) called on a
 * component runs, on each call, the unscoped bindings it asks for, and theirs; a scoped one returns the object its
 * component instance keeps.</li>
 * </ul>
 * A binding is a {@code @Provides} method of the component's modules (with the modules they include), a
 * {@code @Binds} alias, or a class's {@code @Inject} constructor with its injected fields and methods; its own
 * dependencies resolve the same way. A key is a type with its qualifier ({@code @Named}). Where the key is unknown
 * or matches more than one binding, nothing is followed: multibindings, component dependencies, subcomponents and
 * {@code Provider<T>}/{@code Lazy<T>} dependencies are not modelled.
 */
final class DaggerComponents {
    private final ProjectIndex index;
    private final CallResolver calls;
    private final TypeNames names;
    private final DaggerCatalog catalog;
    private Map<String, Component> components;
    /** The generated class's name, and its builder's and factory's, to the component they make. */
    private final Map<String, Component> generated = new HashMap<>();
    private final Map<String, Starter> started = new HashMap<>();
    private final Set<String> generatedSimpleNames = new HashSet<>();
    /** The names of calls this class may answer for: a cheap test before any type is worked out. */
    private final Set<String> callNames = new HashSet<>();
    private final Map<NodeIn, Optional<String>> receivers = new HashMap<>();
    private final Map<String, Optional<Binding>> injectable = new HashMap<>();

    DaggerComponents(ProjectIndex index, CallResolver calls, DaggerCatalog catalog) {
        this.index = index;
        this.calls = calls;
        this.names = new TypeNames(index);
        this.catalog = catalog;
    }

    /** A component: its type, its entry methods (provision and members injection) and its modules' bindings. */
    private record Component(String type, List<MethodDeclaration> entries, Set<String> modules,
                             Map<Key, List<Binding>> bindings, Map<Key, Optional<Binding>> resolved) {
    }

    /** The builder or factory the generated class starts, and the method of it that makes the component. */
    private record Starter(Component component, String finisher) {
    }

    /** What a binding is asked for by: a type (with its type arguments as written) and a qualifier, or none. */
    private record Key(String type, String qualifier) {
    }

    /** A binding: the code that runs to build its object, the keys that code is given, whether it is scoped. */
    private record Binding(Key key, List<CodeUnit> units, List<Key> dependencies, boolean scoped) {
    }

    /** Whether this class may know what the call runs or returns; when not, it need not be asked. */
    boolean mayAnswer(MethodCallExpr call) {
        return call.getScope().isPresent() && !components().isEmpty() && callNames.contains(call.getNameAsString());
    }

    /** What a call on the generated class, a builder it starts or a component runs; empty when it is none of them. */
    Optional<List<CodeUnit>> targets(MethodCallExpr call, CodeUnit unit) {
        Expression scope = call.getScope().orElseThrow();
        String name = call.getNameAsString();
        Optional<Component> made = generatedClass(scope, unit);
        if (made.isPresent()) {
            return Optional.of(name.equals(catalog.create()) && call.getArguments().isEmpty()
                    ? creation(made.get(), call, unit) : List.of());
        }
        Optional<String> receiver = receiverType(scope, unit);
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        Starter starter = started.get(receiver.get());
        if (starter != null) {
            return Optional.of(name.equals(starter.finisher()) ? creation(starter.component(), call, unit) : List.of());
        }
        Component component = components().get(receiver.get());
        if (component == null) {
            return Optional.empty();
        }
        return entry(component, call, unit).map(entry -> runsPerCall(component, entry));
    }

    /** The type a call on the generated class, a builder it starts or a component returns, when it is one. */
    Optional<String> typeOf(MethodCallExpr call, CodeUnit unit) {
        Expression scope = call.getScope().orElseThrow();
        String name = call.getNameAsString();
        Optional<Component> made = generatedClass(scope, unit);
        if (made.isPresent()) {
            if (name.equals(catalog.create())) {
                return Optional.of(made.get().type());
            }
            return catalog.builders().containsKey(name)
                    ? Optional.of(generatedName(made.get().type()) + "." + capitalized(name)) : Optional.empty();
        }
        Optional<String> receiver = receiverType(scope, unit);
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        Starter starter = started.get(receiver.get());
        if (starter != null) {
            return Optional.of(name.equals(starter.finisher()) ? starter.component().type() : receiver.get());
        }
        Component component = components().get(receiver.get());
        if (component == null || !call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        return entry(component, call, unit).filter(m -> !m.getType().isVoidType())
                .flatMap(m -> calls.typeName(m.getType(), m));
    }

    private Optional<String> receiverType(Expression scope, CodeUnit unit) {
        NodeIn question = new NodeIn(scope, unit);
        Optional<String> known = receivers.get(question);
        if (known == null) {
            known = calls.typeOf(scope, unit);
            receivers.put(question, known);
        }
        return known;
    }

    /** The component whose generated class {@code DaggerX} the scope names, when no project type or variable is. */
    private Optional<Component> generatedClass(Expression scope, CodeUnit unit) {
        if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        String written = CallResolver.writtenName(scope);
        if (!generatedSimpleNames.contains(written.substring(written.lastIndexOf('.') + 1))
                || calls.declarationOf(scope, unit).isPresent()) {
            return Optional.empty();
        }
        // a project type or an imported one is what the name means; else the generated class may sit in the file's
        // own package, where the resolver cannot see it, before any package imported on demand
        Optional<String> resolved = index.resolver(scope).resolve(written, scope);
        List<String> candidates = new ArrayList<>();
        if (resolved.isPresent()) {
            candidates.add(resolved.get());
        } else {
            if (!written.contains(".")) {
                String pkg = Trees.packageOf(scope);
                if (!pkg.isEmpty()) {
                    candidates.add(pkg + "." + written);
                }
            }
            candidates.addAll(calls.typeCandidates(written, scope));
        }
        for (String candidate : candidates) {
            Component component = generated.get(candidate);
            if (component != null && !index.contains(candidate)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code @Provides} methods that make what Dagger injects for a type written at {@code context} with the
     * qualifier among {@code annotated}'s annotations: that key's binding in every project component that binds it.
     * Empty when no component binds it, or when one binds it otherwise ({@code @Binds}, a class's {@code @Inject}
     * constructor): what then makes the object is not one method's return.
     */
    Optional<List<CodeUnit>> providers(Type type, Node context, NodeWithAnnotations<?> annotated) {
        Optional<Key> key = key(type, context, annotated);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<CodeUnit> units = new ArrayList<>();
        for (Component component : components().values()) {
            Optional<Binding> binding = binding(component, key.get());
            if (binding.isEmpty()) {
                continue;
            }
            if (binding.get().units().size() != 1
                    || !(binding.get().units().get(0).declaration() instanceof MethodDeclaration)) {
                return Optional.empty();
            }
            units.add(binding.get().units().get(0));
        }
        return units.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(units));
    }

    /** The component's abstract method the call names: a provision method, or the members injection of its argument. */
    private Optional<MethodDeclaration> entry(Component component, MethodCallExpr call, CodeUnit unit) {
        int arity = call.getArguments().size();
        List<MethodDeclaration> named = component.entries().stream()
                .filter(m -> m.getNameAsString().equals(call.getNameAsString()) && m.getParameters().size() == arity)
                .toList();
        if (named.size() <= 1 || arity != 1) {
            return named.stream().findFirst();
        }
        Optional<String> argument = calls.typeOf(call.getArgument(0), unit);
        return argument.flatMap(a -> named.stream()
                .filter(m -> calls.typeName(m.getParameter(0).getType(), m).filter(a::equals).isPresent())
                .findFirst());
    }

    /** What one call of an entry method runs: the unscoped bindings it asks for, and the unscoped ones they ask for. */
    private List<CodeUnit> runsPerCall(Component component, MethodDeclaration entry) {
        Set<CodeUnit> units = new LinkedHashSet<>();
        List<Key> wanted = new ArrayList<>();
        if (entry.getParameters().isEmpty()) {
            key(entry.getType(), entry, entry).ifPresent(wanted::add);
        } else {
            calls.typeName(entry.getParameter(0).getType(), entry).filter(index::contains).ifPresent(target -> {
                units.addAll(injectedMethods(target));
                wanted.addAll(memberKeys(target));
            });
        }
        Set<Binding> seen = new HashSet<>();
        ArrayDeque<Key> queue = new ArrayDeque<>(wanted);
        while (!queue.isEmpty()) {
            binding(component, queue.poll()).filter(b -> !b.scoped() && seen.add(b)).ifPresent(b -> {
                units.addAll(b.units());
                queue.addAll(b.dependencies());
            });
        }
        return List.copyOf(units);
    }

    /**
     * What making the component instance runs: the scoped bindings its use needs (each built once for the instance),
     * and every binding they depend on.
     */
    private List<CodeUnit> creation(Component component, MethodCallExpr made, CodeUnit unit) {
        List<Key> wanted = new ArrayList<>();
        for (MethodDeclaration entry : usedEntries(component, made, unit)) {
            if (entry.getParameters().isEmpty()) {
                key(entry.getType(), entry, entry).ifPresent(wanted::add);
            } else {
                calls.typeName(entry.getParameter(0).getType(), entry).filter(index::contains)
                        .ifPresent(target -> wanted.addAll(memberKeys(target)));
            }
        }
        List<Binding> scoped = closure(component, wanted).stream().filter(Binding::scoped).toList();
        Set<CodeUnit> units = new LinkedHashSet<>();
        for (Binding binding : closure(component, scoped.stream().map(Binding::key).toList())) {
            units.addAll(binding.units());
        }
        return List.copyOf(units);
    }

    private Set<Binding> closure(Component component, Collection<Key> keys) {
        Set<Binding> seen = new LinkedHashSet<>();
        ArrayDeque<Key> queue = new ArrayDeque<>(keys);
        while (!queue.isEmpty()) {
            binding(component, queue.poll()).filter(seen::add).ifPresent(b -> queue.addAll(b.dependencies()));
        }
        return seen;
    }

    /**
     * The entry methods called on the instance a creation makes: the one called on it directly, or those called on
     * the local variable it initialises; every entry method when the instance goes anywhere else.
     */
    private List<MethodDeclaration> usedEntries(Component component, MethodCallExpr made, CodeUnit unit) {
        Node parent = made.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == made) {
            return entry(component, call, unit).map(List::of).orElse(List.of());
        }
        if (!(parent instanceof VariableDeclarator local) || local.getParentNode().orElse(null) instanceof FieldDeclaration) {
            return component.entries();
        }
        Node body = local.findAncestor(LambdaExpr.class).map(Node.class::cast)
                .or(() -> local.findAncestor(CallableDeclaration.class)).orElse(null);
        if (body == null) {
            return component.entries();
        }
        List<MethodDeclaration> used = new ArrayList<>();
        for (NameExpr use : Trees.findAll(body, NameExpr.class,
                n -> n.getNameAsString().equals(local.getNameAsString()))) {
            if (calls.declarationOf(use, unit).orElse(null) != local) {
                continue;
            }
            if (!(use.getParentNode().orElse(null) instanceof MethodCallExpr call)
                    || call.getScope().orElse(null) != use) {
                return component.entries();
            }
            entry(component, call, unit).ifPresent(used::add);
        }
        return used;
    }

    private Optional<Binding> binding(Component component, Key key) {
        Optional<Binding> known = component.resolved().get(key);
        if (known == null) {
            List<Binding> provided = component.bindings().getOrDefault(key, List.of());
            known = provided.size() == 1 ? Optional.of(provided.get(0))
                    : provided.isEmpty() && key.qualifier() == null ? injectable(key.type()) : Optional.empty();
            component.resolved().put(key, known);
        }
        return known;
    }

    /** The binding of a project class through its one {@code @Inject} constructor, with its injected members. */
    private Optional<Binding> injectable(String type) {
        Optional<Binding> known = injectable.get(type);
        if (known != null) {
            return known;
        }
        known = Optional.empty();
        if (index.type(type).orElse(null) instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isAbstract()) {
            List<ConstructorDeclaration> injected = c.getConstructors().stream()
                    .filter(k -> names.annotated(k, catalog.inject())).toList();
            if (injected.size() == 1) {
                ConstructorDeclaration constructor = injected.get(0);
                List<CodeUnit> units = new ArrayList<>(calls.construction(type, constructor.getParameters().size(), type));
                units.addAll(injectedMethods(type));
                List<Key> dependencies = new ArrayList<>(keys(constructor));
                dependencies.addAll(memberKeys(type));
                known = Optional.of(new Binding(new Key(type, null), List.copyOf(units), List.copyOf(dependencies),
                        scoped(c)));
            }
        }
        injectable.put(type, known);
        return known;
    }

    /** The {@code @Inject} methods of a class and its project superclasses, which members injection calls. */
    private List<CodeUnit> injectedMethods(String type) {
        List<CodeUnit> units = new ArrayList<>();
        for (String owner : index.ancestry(type)) {
            index.type(owner).ifPresent(declaration -> declaration.getMethods().stream()
                    .filter(m -> m.getBody().isPresent() && !m.isStatic() && names.annotated(m, catalog.inject()))
                    .forEach(m -> units.add(calls.unit(m, owner, type))));
        }
        return units;
    }

    /** What members injection of a class asks for: its {@code @Inject} fields and the parameters of its methods. */
    private List<Key> memberKeys(String type) {
        List<Key> keys = new ArrayList<>();
        for (String owner : index.ancestry(type)) {
            index.type(owner).ifPresent(declaration -> {
                for (FieldDeclaration field : declaration.getFields()) {
                    if (!field.isStatic() && names.annotated(field, catalog.inject())) {
                        field.getVariables().forEach(v -> key(v.getType(), field, field).ifPresent(keys::add));
                    }
                }
                for (MethodDeclaration method : declaration.getMethods()) {
                    if (!method.isStatic() && names.annotated(method, catalog.inject())) {
                        keys.addAll(keys(method));
                    }
                }
            });
        }
        return keys;
    }

    private List<Key> keys(CallableDeclaration<?> callable) {
        List<Key> keys = new ArrayList<>();
        for (Parameter parameter : callable.getParameters()) {
            key(parameter.getType(), parameter, parameter).ifPresent(keys::add);
        }
        return keys;
    }

    /** The key of a type written at {@code context} and qualified by the annotations of {@code annotated}. */
    private Optional<Key> key(Type type, Node context, NodeWithAnnotations<?> annotated) {
        if (!(type instanceof ClassOrInterfaceType c) || names.means(type, context, catalog.deferred())) {
            return type.isPrimitiveType() ? Optional.of(new Key(type.asString(), qualifier(annotated)))
                    : Optional.empty();
        }
        String arguments = c.getTypeArguments().map(args -> args.stream()
                .map(a -> a.asString().replace(" ", "")).collect(Collectors.joining(",", "<", ">"))).orElse("");
        return calls.typeName(type, context).map(t -> new Key(t + arguments, qualifier(annotated)));
    }

    /** The qualifier among the annotations, with its value, or null. */
    private String qualifier(NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            if (names.means(annotation.getNameAsString(), annotation, catalog.qualifiers())
                    || isMarked(annotation, catalog.qualifierMeta())) {
                String type = names.meanings(annotation.getNameAsString(), annotation).stream().findFirst()
                        .orElse(annotation.getNameAsString());
                return type + "(" + annotationValue(annotation) + ")";
            }
        }
        return null;
    }

    private String annotationValue(AnnotationExpr annotation) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return constant(single.getMemberValue());
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().map(p -> p.getNameAsString() + "=" + constant(p.getValue())).sorted()
                    .collect(Collectors.joining(","));
        }
        return "";
    }

    /** A qualifier's value: a string, also one held by a constant the code names, else the name as written. */
    private String constant(Expression value) {
        if (value instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if ((value instanceof NameExpr || value instanceof FieldAccessExpr)) {
            Optional<String> owner = index.enclosingTypeName(value);
            if (owner.isPresent()) {
                // names are looked up from the node itself; the unit only says which class `this` is
                TypeDeclaration<?> type = index.type(owner.get()).orElseThrow();
                CodeUnit at = new CodeUnit(type, owner.get(), owner.get(), owner.get());
                Optional<Node> declaration = calls.declarationOf(value, at);
                if (declaration.orElse(null) instanceof VariableDeclarator v
                        && v.getInitializer().orElse(null) instanceof StringLiteralExpr literal) {
                    return literal.asString();
                }
            }
            String written = CallResolver.writtenName(value);
            return written.substring(written.lastIndexOf('.') + 1);
        }
        return value.toString();
    }

    /** Whether the annotation is of a project annotation type that carries one of the meta-annotations. */
    private boolean isMarked(AnnotationExpr annotation, List<String> meta) {
        return !meta.isEmpty() && index.resolver(annotation).resolve(annotation.getNameAsString(), annotation)
                .flatMap(index::type).filter(AnnotationDeclaration.class::isInstance)
                .filter(t -> names.annotated(t, meta)).isPresent();
    }

    private boolean scoped(NodeWithAnnotations<?> annotated) {
        return names.annotated(annotated, catalog.scopes())
                || annotated.getAnnotations().stream().anyMatch(a -> isMarked(a, catalog.scopeMeta()));
    }

    /** The project's components by type name, found once. */
    private Map<String, Component> components() {
        if (components == null) {
            components = new LinkedHashMap<>();
            if (catalog.components().isEmpty()) {
                return components;
            }
            Set<String> simple = catalog.components().stream().map(DaggerComponents::simpleName)
                    .collect(Collectors.toSet());
            for (String fqn : index.types().keySet()) {
                // only a file that writes such an annotation's name can declare a component: no other tree is read
                if (index.sourceOf(fqn).declarations().written().annotations().stream()
                        .noneMatch(a -> simple.contains(simpleName(a)))) {
                    continue;
                }
                for (AnnotationExpr annotation : index.type(fqn).orElseThrow().getAnnotations()) {
                    if (simple.contains(simpleName(annotation.getNameAsString()))
                            && names.means(annotation.getNameAsString(), annotation, catalog.components())) {
                        components.put(fqn, component(fqn, annotation));
                        break;
                    }
                }
            }
            components.values().forEach(this::remember);
        }
        return components;
    }

    private void remember(Component component) {
        String name = generatedName(component.type());
        generated.put(name, component);
        generatedSimpleNames.add(simpleName(name));
        callNames.add(catalog.create());
        catalog.builders().forEach((start, finish) -> {
            started.put(name + "." + capitalized(start), new Starter(component, finish));
            callNames.add(start);
            callNames.add(finish);
        });
        component.entries().forEach(m -> callNames.add(m.getNameAsString()));
        // a builder's setters: named after the modules and the nested builder's own methods
        component.modules().stream().map(DaggerComponents::simpleName)
                .forEach(m -> callNames.add(Character.toLowerCase(m.charAt(0)) + m.substring(1)));
        index.type(component.type()).ifPresent(t -> t.getMembers().forEach(member -> {
            if (member instanceof TypeDeclaration<?> nested) {
                nested.getMethods().forEach(m -> callNames.add(m.getNameAsString()));
            }
        }));
    }

    private Component component(String fqn, AnnotationExpr annotation) {
        List<MethodDeclaration> entries = new ArrayList<>();
        for (String owner : index.ancestry(fqn)) {
            index.type(owner).ifPresent(type -> type.getMethods().stream()
                    .filter(m -> m.getBody().isEmpty() && !m.isStatic() && m.getParameters().size() <= 1)
                    .forEach(entries::add));
        }
        Set<String> modules = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>(classes(annotation, catalog.modulesAttribute()));
        while (!queue.isEmpty()) {
            String module = queue.poll();
            if (modules.add(module)) {
                index.type(module).ifPresent(type -> type.getAnnotations().stream()
                        .filter(a -> names.means(a.getNameAsString(), a, catalog.modules()))
                        .forEach(a -> queue.addAll(classes(a, catalog.includesAttribute()))));
            }
        }
        Map<Key, List<Binding>> bindings = new HashMap<>();
        for (String module : modules) {
            for (String owner : index.ancestry(module)) {
                index.type(owner).ifPresent(type -> type.getMethods().forEach(m -> provided(m, owner, module)
                        .ifPresent(b -> bindings.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b))));
            }
        }
        return new Component(fqn, List.copyOf(entries), modules, bindings, new HashMap<>());
    }

    /** The binding a module's method declares: a {@code @Provides} method's code, or a {@code @Binds} alias. */
    private Optional<Binding> provided(MethodDeclaration method, String owner, String module) {
        boolean provides = names.annotated(method, catalog.provides());
        boolean binds = !provides && names.annotated(method, catalog.binds());
        if (!provides && !binds || names.annotated(method, catalog.multibindings())) {
            return Optional.empty();
        }
        Optional<Key> key = key(method.getType(), method, method);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<CodeUnit> units = provides && method.getBody().isPresent()
                ? List.of(calls.unit(method, owner, method.isStatic() ? owner : module)) : List.of();
        return Optional.of(new Binding(key.get(), units, keys(method), scoped(method)));
    }

    /** The classes an annotation's attribute names ({@code modules = {A.class, B.class}}, {@code includes = C.class}). */
    private List<String> classes(AnnotationExpr annotation, String attribute) {
        if (!(annotation instanceof NormalAnnotationExpr normal) || attribute == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (MemberValuePair pair : normal.getPairs()) {
            if (pair.getNameAsString().equals(attribute)) {
                List<Expression> values = pair.getValue() instanceof ArrayInitializerExpr array
                        ? array.getValues() : List.of(pair.getValue());
                for (Expression value : values) {
                    if (value instanceof ClassExpr c) {
                        calls.typeName(c.getType(), c).ifPresent(types::add);
                    }
                }
            }
        }
        return types;
    }

    /** {@code com.acme.DaggerOrderComponent}, or {@code com.acme.DaggerOuter_Inner} for a nested component. */
    private String generatedName(String component) {
        TypeDeclaration<?> type = index.type(component).orElseThrow();
        List<String> simpleNames = new ArrayList<>();
        String pkg = Trees.packageOf(type);
        for (Node n = type; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> t) {
                simpleNames.add(0, t.getNameAsString());
            }
        }
        return (pkg.isEmpty() ? "" : pkg + ".") + catalog.generatedPrefix()
                + String.join(catalog.nestedSeparator(), simpleNames);
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
