package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves type names as written in one file, without a symbol solver: enclosing and nested types, single-type
 * imports, the file's package, on-demand imports and java.lang, in the order the language looks them up.
 */
public final class TypeResolver {
    private final CompilationUnit unit;
    private final ProjectIndex index;
    private final String pkg;

    /** Single-type (not static) imports by their simple name, in the file's order; then the on-demand ones. */
    private final Map<String, List<String>> singleImports = new HashMap<>();
    private final Set<String> singleImportNames = new HashSet<>();
    private final List<String> onDemand = new ArrayList<>();
    /** The static imports and their names, in the file's order: asked about at every unqualified call and name. */
    private final List<ImportDeclaration> staticImports = new ArrayList<>();
    private final List<String> staticImportNames = new ArrayList<>();
    private final Map<TypeDeclaration<?>, Map<String, List<String>>> simpleByType = new IdentityHashMap<>();
    private final Map<String, List<String>> simpleOutsideTypes = new HashMap<>();
    private final Map<TypeDeclaration<?>, Map<String, Optional<String>>> resolvedByType = new IdentityHashMap<>();
    private final Map<String, Optional<String>> resolvedOutsideTypes = new HashMap<>();

    TypeResolver(CompilationUnit unit, ProjectIndex index) {
        this.unit = unit;
        this.index = index;
        this.pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isStatic()) {
                staticImports.add(imp);
                staticImportNames.add(imp.getNameAsString());
            }
            if (imp.isAsterisk()) {
                onDemand.add(imp.getNameAsString());
            } else if (!imp.isAsterisk() && !imp.isStatic()) {
                String name = imp.getNameAsString(); // built anew, segment by segment, at each call
                singleImports.computeIfAbsent(imp.getName().getIdentifier(), k -> new ArrayList<>()).add(name);
                singleImportNames.add(name);
            }
        }
    }

    /**
     * The names the file's imports spell in full: each single-type import, and each single static import with its
     * owner type; the on-demand imports are {@link #onDemandImports()}.
     */
    public List<String> importedNames() {
        List<String> names = new ArrayList<>(singleImportNames);
        for (int i = 0; i < staticImports.size(); i++) {
            if (!staticImports.get(i).isAsterisk()) {
                String name = staticImportNames.get(i);
                names.add(name);
                if (name.contains(".")) {
                    names.add(name.substring(0, name.lastIndexOf('.')));
                }
            }
        }
        return names;
    }

    /** The packages (and types, for static ones) the file imports on demand. */
    public List<String> onDemandImports() {
        return java.util.Collections.unmodifiableList(onDemand);
    }

    /** The type a name means at {@code context}: a project type, or an explicitly imported external one. */
    public Optional<String> resolve(String name, Node context) {
        // like a simple name's candidates, the answer depends only on the innermost indexed type around the context
        Map<String, Optional<String>> known = known(resolvedByType, resolvedOutsideTypes, innermostType(context));
        synchronized (known) {
            Optional<String> result = known.get(name);
            if (result == null) {
                result = resolveAt(name, context);
                known.put(name, result);
            }
            return result;
        }
    }

    private Optional<String> resolveAt(String name, Node context) {
        // in the language's order: a single-type import shadows a type of the same name in the file's package
        for (String candidate : candidates(name, context)) {
            if (index.contains(candidate) || isExplicitlyImported(candidate)) {
                return Optional.of(candidate);
            }
        }
        String plain = stripGenerics(name);
        return plain.contains(".") ? Optional.of(plain) : Optional.empty();
    }

    /**
     * Every fully qualified name the written name could mean, most likely first. External names imported on
     * demand cannot be confirmed without the classpath, so each on-demand package gives one candidate.
     */
    public List<String> candidates(String written, Node context) {
        String name = stripGenerics(written);
        LinkedHashSet<String> result = new LinkedHashSet<>();
        int dot = name.indexOf('.');
        if (dot > 0) {
            String head = name.substring(0, dot);
            String rest = name.substring(dot);
            for (String resolvedHead : simpleCandidates(head, context)) {
                if (index.contains(resolvedHead) || isExplicitlyImported(resolvedHead)) {
                    result.add(resolvedHead + rest);
                }
            }
            result.add(name);
            return List.copyOf(result);
        }
        return simpleCandidates(name, context);
    }

    /** The owner type of a statically imported member, e.g. "java.net.http.HttpClient" for newHttpClient. */
    public List<String> staticImportOwners(String member) {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < staticImports.size(); i++) {
            ImportDeclaration imp = staticImports.get(i);
            String name = staticImportNames.get(i);
            if (imp.isAsterisk()) {
                owners.add(name);
            } else if (name.endsWith("." + member)) {
                owners.add(0, name.substring(0, name.length() - member.length() - 1));
            }
        }
        return owners;
    }

    private List<String> simpleCandidates(String name, Node context) {
        // what a simple name means depends only on the innermost indexed type around it: asked once per type
        TypeDeclaration<?> innermost = innermostType(context);
        Map<String, List<String>> known = known(simpleByType, simpleOutsideTypes, innermost);
        synchronized (known) {
            List<String> result = known.get(name);
            if (result == null) {
                result = findSimpleCandidates(name, innermost);
                known.put(name, result);
            }
            return result;
        }
    }

    private TypeDeclaration<?> innermostType(Node context) {
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && index.nameOf(type) != null) {
                return type;
            }
        }
        return null;
    }

    private <V> Map<String, V> known(Map<TypeDeclaration<?>, Map<String, V>> byType, Map<String, V> outside,
                                     TypeDeclaration<?> innermost) {
        synchronized (byType) {
            return innermost == null ? outside : byType.computeIfAbsent(innermost, t -> new HashMap<>());
        }
    }

    /** Forgets the answers given while the index was still being built (its supertypes incomplete). */
    void forget() {
        synchronized (simpleByType) {
            simpleByType.clear();
            simpleOutsideTypes.clear();
        }
        synchronized (resolvedByType) {
            resolvedByType.clear();
            resolvedOutsideTypes.clear();
        }
    }

    private List<String> findSimpleCandidates(String name, Node context) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && index.nameOf(type) != null) {
                String fqn = index.nameOf(type);
                if (type.getNameAsString().equals(name)) {
                    result.add(fqn);
                }
                for (String owner : index.ancestry(fqn)) {
                    if (index.contains(owner + "." + name)) {
                        result.add(owner + "." + name);
                    }
                }
            }
        }
        result.addAll(singleImports.getOrDefault(name, List.of()));
        String samePackage = pkg.isEmpty() ? name : pkg + "." + name;
        if (index.contains(samePackage)) {
            result.add(samePackage);
        }
        for (String pkgName : onDemand) {
            result.add(pkgName + "." + name);
        }
        result.add("java.lang." + name);
        return List.copyOf(result);
    }

    private boolean isExplicitlyImported(String fqn) {
        // the name itself, or a type nested in an imported one: each prefix at a dot
        if (singleImportNames.contains(fqn)) {
            return true;
        }
        for (int dot = fqn.indexOf('.'); dot > 0; dot = fqn.indexOf('.', dot + 1)) {
            if (singleImportNames.contains(fqn.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    private static String stripGenerics(String name) {
        int angle = name.indexOf('<');
        String plain = angle < 0 ? name : name.substring(0, angle);
        return plain.replace("[]", "").replace("...", "").trim();
    }
}
