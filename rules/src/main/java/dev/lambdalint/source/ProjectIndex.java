package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every type the project declares (nested ones too), by fully qualified name, with the file that declares it,
 * its supertypes resolved through that file's imports, and the reverse: its project subtypes. Built from each file's
 * {@link Declarations}: a file's tree is read only when a declaration or node of it is asked for, and its types are
 * known by their nodes from then on.
 */
public final class ProjectIndex {
    /** A declared type: the file that declares it and what the file says of it. */
    private record Declared(SourceFile file, Declarations.DeclaredType type) {
    }

    /** Sorted, for iteration; the last file to declare a name wins, as it would on a class path. */
    private final TreeMap<String, Declared> declared = new TreeMap<>();
    /** The same types for lookups: the model asks millions of times, the sorted map is for iteration. */
    private final Map<String, Declared> byName = new java.util.HashMap<>();
    private final Map<String, TypeDeclaration<?>> types = new LazyTypes();
    private final Map<TypeDeclaration<?>, String> names = new IdentityHashMap<>();
    private final Map<TypeDeclaration<?>, SourceFile> files = new IdentityHashMap<>();
    /** Each registered file's declarations by name (the last one, in a file that declares a name twice). */
    private final Map<SourceFile, Map<String, TypeDeclaration<?>>> registered = new java.util.HashMap<>();
    private final Map<SourceFile, TypeResolver> resolvers = new java.util.HashMap<>();
    private final Map<CompilationUnit, TypeResolver> unitResolvers = new IdentityHashMap<>();
    private final Map<String, List<String>> supertypes = new java.util.HashMap<>();
    private final Map<String, List<String>> ancestries = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> allSubtypes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> displayNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> directSubtypes = new TreeMap<>();
    private final Map<String, Set<String>> possibleSupertypes = new TreeMap<>();
    private final List<SourceFile> sources;
    private SyntaxIndex syntax;
    private Set<String> simpleTypeNames;
    private final Map<TypeDeclaration<?>, Members> members = new IdentityHashMap<>();

    public ProjectIndex(List<SourceFile> sources) {
        this.sources = List.copyOf(sources);
        for (SourceFile source : sources) {
            for (Declarations.DeclaredType type : source.declarations().types()) {
                declared.put(type.fqn(), new Declared(source, type));
                byName.put(type.fqn(), new Declared(source, type));
            }
            resolvers.put(source, new TypeResolver(source.declarations(), this));
        }
        declared.forEach((fqn, type) -> {
            List<String> supers = new ArrayList<>();
            TypeResolver resolver = resolvers.get(type.file());
            for (String name : type.type().supertypes()) {
                Optional<String> known = resolver.resolveIn(name, fqn);
                String resolved = known.orElse(name);
                supers.add(resolved);
                possibleSupertypes.computeIfAbsent(fqn, k -> new LinkedHashSet<>())
                        .addAll(known.isPresent() ? List.of(resolved) : resolver.candidatesIn(name, fqn));
                directSubtypes.computeIfAbsent(resolved, k -> new LinkedHashSet<>()).add(fqn);
            }
            supertypes.put(fqn, supers);
        });
        // answers given while the supertypes were being resolved may miss some: only complete ones are kept
        ancestries.clear();
        allSubtypes.clear();
        displayNames.clear();
        resolvers.values().forEach(TypeResolver::forget);
    }

    /** The declarations of a file of the index, known by their nodes from the first time one is asked about. */
    private Map<String, TypeDeclaration<?>> register(SourceFile source) {
        Map<String, TypeDeclaration<?>> known = registered.get(source);
        if (known == null) {
            known = new java.util.HashMap<>();
            Map<String, TypeDeclaration<?>> byFqn = known;
            CompilationUnit unit = source.unit();
            Declarations.members(unit, (type, fqn) -> {
                byFqn.put(fqn, type);
                names.put(type, fqn);
                files.put(type, source);
            });
            unitResolvers.put(unit, resolvers.get(source));
            registered.put(source, known);
        }
        return known;
    }

    /** Registers the file of a node handed out by another part of the analysis; false when it is not this index's. */
    private boolean registerFileOf(Node node) {
        Optional<SourceFile> file = SourceFile.of(node);
        if (file.isEmpty() || !resolvers.containsKey(file.get()) || registered.containsKey(file.get())) {
            return false;
        }
        register(file.get());
        return true;
    }

    /** The project's types by name, sorted; a type's tree is read when its declaration is asked for. */
    private final class LazyTypes extends java.util.AbstractMap<String, TypeDeclaration<?>> {
        @Override
        public Set<Entry<String, TypeDeclaration<?>>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public java.util.Iterator<Entry<String, TypeDeclaration<?>>> iterator() {
                    java.util.Iterator<String> names = declared.keySet().iterator();
                    return new java.util.Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return names.hasNext();
                        }

                        @Override
                        public Entry<String, TypeDeclaration<?>> next() {
                            String fqn = names.next();
                            return new SimpleImmutableEntry<>(fqn, type(fqn).orElseThrow());
                        }
                    };
                }

                @Override
                public int size() {
                    return declared.size();
                }
            };
        }

        @Override
        public Set<String> keySet() {
            return java.util.Collections.unmodifiableSet(declared.keySet());
        }

        @Override
        public boolean containsKey(Object key) {
            return byName.containsKey(key);
        }

        @Override
        public TypeDeclaration<?> get(Object key) {
            return key instanceof String fqn ? type(fqn).orElse(null) : null;
        }

        @Override
        public int size() {
            return declared.size();
        }
    }

    /** The files of the index, in the project's order. */
    public List<SourceFile> files() {
        return sources;
    }

    /** The project's calls, method references and assignments by name, indexed on first use. */
    public SyntaxIndex syntax() {
        if (syntax == null) {
            syntax = new SyntaxIndex(sources);
        }
        return syntax;
    }

    /** A type's own methods and fields by name: names are looked up in each type of an ancestry, again and again. */
    private record Members(Map<String, List<MethodDeclaration>> methods, Map<String, VariableDeclarator> fields) {
        static Members of(TypeDeclaration<?> type) {
            Map<String, List<MethodDeclaration>> methods = new java.util.HashMap<>();
            type.getMethods().forEach(m -> methods.computeIfAbsent(m.getNameAsString(), k -> new ArrayList<>()).add(m));
            Map<String, VariableDeclarator> fields = new java.util.HashMap<>();
            type.getFields().forEach(f -> f.getVariables().forEach(v -> fields.putIfAbsent(v.getNameAsString(), v)));
            return new Members(methods, fields);
        }
    }

    /** The methods the type itself declares under this name, in declaration order. */
    public List<MethodDeclaration> methodsNamed(TypeDeclaration<?> type, String name) {
        return members.computeIfAbsent(type, Members::of).methods().getOrDefault(name, List.of());
    }

    /** The field the type itself declares under this name (the first, in a type that does not compile). */
    public Optional<VariableDeclarator> fieldNamed(TypeDeclaration<?> type, String name) {
        return Optional.ofNullable(members.computeIfAbsent(type, Members::of).fields().get(name));
    }

    /**
     * Every method of this name the project's types declare (abstract ones too, in the order of {@link #types()})
     * whose shape {@code mayMatch}: only those types' trees are read. A superset of the methods a caller picks from.
     */
    public List<MethodDeclaration> methodsNamedAnywhere(String name, Predicate<Declarations.MethodShape> mayMatch) {
        List<MethodDeclaration> found = new ArrayList<>();
        declared.forEach((fqn, type) -> {
            if (type.type().methods().stream().anyMatch(m -> m.name().equals(name) && mayMatch.test(m))) {
                found.addAll(methodsNamed(type(fqn).orElseThrow(), name));
            }
        });
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /** The simple names of the project's types (an indexed type's last name), for a look before resolving. */
    public Set<String> simpleTypeNames() {
        if (simpleTypeNames == null) {
            Set<String> names = new java.util.HashSet<>();
            byName.values().forEach(type -> names.add(type.type().simpleName()));
            simpleTypeNames = java.util.Collections.unmodifiableSet(names);
        }
        return simpleTypeNames;
    }

    /** The shapes of the methods of the name the project's types declare, in the order of {@link #types()}. */
    public List<Declarations.MethodShape> methodShapes(String name) {
        List<Declarations.MethodShape> shapes = new ArrayList<>();
        for (Declared type : declared.values()) {
            for (Declarations.MethodShape method : type.type().methods()) {
                if (method.name().equals(name)) {
                    shapes.add(method);
                }
            }
        }
        return shapes;
    }

    /** How many methods of the name the project's types declare whose shape matches; no tree is read. */
    public int countMethodsAnywhere(String name, Predicate<Declarations.MethodShape> matches) {
        int count = 0;
        for (Declared type : declared.values()) {
            for (Declarations.MethodShape method : type.type().methods()) {
                count += method.name().equals(name) && matches.test(method) ? 1 : 0;
            }
        }
        return count;
    }

    /**
     * What a type name written in a project type's own declarations (a field's type) means there, as a written
     * type's name resolves at a node of that type: empty for one of the type's (or an enclosing type's) type
     * parameters, the written name when it resolves to nothing. No tree is read.
     */
    public Optional<String> resolveDeclared(String written, String inType) {
        for (String t = inType; t != null; t = declared(t).enclosing()) {
            if (declared(t).typeParameters().contains(written)) {
                return Optional.empty();
            }
        }
        return Optional.of(resolvers.get(sourceOf(inType)).resolveIn(written, inType).orElse(written));
    }

    /** {@link #methodsNamed(TypeDeclaration, String)} of the project type of that name; none for another type. */
    public List<MethodDeclaration> methodsNamed(String fqn, String name) {
        return type(fqn).map(t -> methodsNamed(t, name)).orElse(List.of());
    }

    public Optional<TypeDeclaration<?>> type(String fqn) {
        Declared type = byName.get(fqn);
        return type == null ? Optional.empty() : Optional.ofNullable(register(type.file()).get(fqn));
    }

    public boolean contains(String fqn) {
        return byName.containsKey(fqn);
    }

    /** What the file declaring a project type says of it, without reading its tree; null for another type. */
    public Declarations.DeclaredType declared(String fqn) {
        Declared type = byName.get(fqn);
        return type == null ? null : type.type();
    }

    /** The file that declares a project type, its tree not read; null for another type. */
    public SourceFile sourceOf(String fqn) {
        Declared type = byName.get(fqn);
        return type == null ? null : type.file();
    }

    /** Whether the project declares types of the Lambda runtime's package itself (its sources are in the build). */
    public boolean declaresLambdaRuntime() {
        String from = Relevance.LAMBDA_RUNTIME_PACKAGE + ".";
        String next = declared.ceilingKey(from);
        return next != null && next.startsWith(from);
    }

    public Map<String, TypeDeclaration<?>> types() {
        return types;
    }

    public String nameOf(TypeDeclaration<?> type) {
        String name = names.get(type);
        return name != null || !registerFileOf(type) ? name : names.get(type);
    }

    /** The name of the nearest indexed type that declares the node (anonymous and local classes are not). */
    public Optional<String> enclosingTypeName(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && nameOf(type) != null) {
                return Optional.of(names.get(type));
            }
        }
        return Optional.empty();
    }

    public SourceFile fileOf(TypeDeclaration<?> type) {
        SourceFile file = files.get(type);
        return file != null || !registerFileOf(type) ? file : files.get(type);
    }

    /** The type names of a file of the index, its tree not read. */
    public TypeResolver resolver(SourceFile file) {
        TypeResolver resolver = resolvers.get(file);
        if (resolver == null) {
            throw new IllegalStateException(file + " is not indexed");
        }
        return resolver;
    }

    public TypeResolver resolver(Node node) {
        CompilationUnit unit = Trees.unitOf(node);
        TypeResolver resolver = unitResolvers.get(unit);
        if (resolver == null && unit != null && registerFileOf(unit)) {
            resolver = unitResolvers.get(unit);
        }
        if (resolver == null) {
            throw new IllegalStateException("node outside any indexed compilation unit");
        }
        return resolver;
    }

    /** Resolved supertypes (extends, then implements); external ones as written when not resolvable. */
    public List<String> supertypes(String fqn) {
        return supertypes.getOrDefault(fqn, List.of());
    }

    /** The project superclass of a class, when it has one. */
    public Optional<String> superclass(String fqn) {
        Declared type = byName.get(fqn);
        if (type != null && type.type().extendsClass()) {
            String parent = supertypes(fqn).get(0);
            return contains(parent) ? Optional.of(parent) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The type itself and all its supertypes, project and external, nearest first. */
    public List<String> ancestry(String fqn) {
        List<String> known = ancestries.get(fqn);
        if (known == null) {
            known = findAncestry(fqn);
            ancestries.put(fqn, known);
        }
        return known;
    }

    private List<String> findAncestry(String fqn) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(fqn));
        for (int i = 0; i < queue.size(); i++) {
            String current = queue.get(i);
            if (seen.add(current)) {
                queue.addAll(supertypes(current));
            }
        }
        return List.copyOf(seen);
    }

    /**
     * Every name an ancestor of the type may have, project or external: where an external supertype is imported
     * on demand, each candidate package counts. For asking "does this class implement X?".
     */
    public Set<String> possibleAncestors(String fqn) {
        Set<String> result = new LinkedHashSet<>();
        for (String ancestor : ancestry(fqn)) {
            result.add(ancestor);
            result.addAll(possibleSupertypes.getOrDefault(ancestor, Set.of()));
        }
        return result;
    }

    /** All project types that extend or implement {@code fqn}, transitively, sorted. */
    public Set<String> subtypes(String fqn) {
        // the call resolver asks about the same declared types at every call site on them
        return allSubtypes.computeIfAbsent(fqn, this::findSubtypes);
    }

    private Set<String> findSubtypes(String fqn) {
        Set<String> result = new java.util.TreeSet<>();
        List<String> queue = new ArrayList<>(directSubtypes.getOrDefault(fqn, Set.of()));
        for (int i = 0; i < queue.size(); i++) {
            if (result.add(queue.get(i))) {
                queue.addAll(directSubtypes.getOrDefault(queue.get(i), Set.of()));
            }
        }
        return java.util.Collections.unmodifiableSet(result);
    }

    /** "OrderHandler" or "Outer.Inner": the type name without its package, for messages. */
    public String displayName(String fqn) {
        return displayNames.computeIfAbsent(fqn, this::findDisplayName); // every code unit made is named
    }

    private String findDisplayName(String fqn) {
        Declared type = declared.get(fqn);
        if (type == null) {
            return fqn.substring(fqn.lastIndexOf('.') + 1);
        }
        return fqn.substring(type.file().declarations().packagePrefix().length());
    }
}
