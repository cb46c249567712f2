package dev.lambdalint.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves type names as written in one file, without a symbol solver: enclosing and nested types, single-type
 * imports, the file's package, on-demand imports and java.lang, in the order the language looks them up.
 */
public final class TypeResolver {
    private final ProjectIndex index;
    private final Declarations file;
    /** Made when first asked and dropped by {@link #forget}: once the index is built most files are not asked again. */
    private Answers answers;

    /** Answers by the innermost indexed type around the name (its fully qualified name), and outside any type. */
    private static final class Answers {
        final Map<String, Map<String, List<String>>> simpleByType = new HashMap<>();
        final Map<String, List<String>> simpleOutsideTypes = new HashMap<>();
        final Map<String, Map<String, Optional<String>>> resolvedByType = new HashMap<>();
        final Map<String, Optional<String>> resolvedOutsideTypes = new HashMap<>();
    }

    TypeResolver(Declarations file, ProjectIndex index) {
        this.index = index;
        this.file = file;
    }

    private synchronized Answers answers() {
        if (answers == null) {
            answers = new Answers();
        }
        return answers;
    }

    /**
     * The names the file's imports spell in full: each single-type import, and each single static import with its
     * owner type; the on-demand imports are {@link #onDemandImports()}.
     */
    public List<String> importedNames() {
        List<String> names = new ArrayList<>();
        for (Declarations.Import imp : file.imports()) {
            if (isSingleType(imp)) {
                names.add(imp.name());
            }
        }
        for (Declarations.Import imp : file.imports()) {
            if (imp.isStatic() && !imp.asterisk()) {
                String name = imp.name();
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
        List<String> onDemand = new ArrayList<>();
        for (Declarations.Import imp : file.imports()) {
            if (imp.asterisk()) {
                onDemand.add(imp.name());
            }
        }
        return onDemand;
    }

    /** The type a name means at {@code context}: a project type, or an explicitly imported external one. */
    public Optional<String> resolve(String name, Node context) {
        return resolveIn(name, innermostType(context));
    }

    /** {@link #resolve}, inside the indexed type of that name (null: outside any type of the file). */
    Optional<String> resolveIn(String name, String innermost) {
        // like a simple name's candidates, the answer depends only on the innermost indexed type around the context
        Answers answers = answers();
        Map<String, Optional<String>> known = known(answers.resolvedByType, answers.resolvedOutsideTypes, innermost);
        synchronized (known) {
            Optional<String> result = known.get(name);
            if (result == null) {
                result = resolveAt(name, innermost);
                known.put(name, result);
            }
            return result;
        }
    }

    private Optional<String> resolveAt(String name, String innermost) {
        // in the language's order: a single-type import shadows a type of the same name in the file's package
        for (String candidate : candidatesIn(name, innermost)) {
            if (index.contains(candidate) || isExplicitlyImported(candidate)) {
                return Optional.of(candidate);
            }
        }
        String plain = stripGenerics(name);
        // a dotted name is taken as written in full, unless it may be a type nested in one imported on demand
        return plain.contains(".") && !nestedInOnDemand(plain) ? Optional.of(plain) : Optional.empty();
    }

    /** A name like {@code OkHttpClient.Builder} in a file that imports some package on demand. */
    private boolean nestedInOnDemand(String dotted) {
        return Character.isUpperCase(dotted.charAt(0))
                && file.imports().stream().anyMatch(imp -> imp.asterisk() && !imp.isStatic());
    }

    /**
     * Every fully qualified name the written name could mean, most likely first. External names imported on
     * demand cannot be confirmed without the classpath, so each on-demand package gives one candidate.
     */
    public List<String> candidates(String written, Node context) {
        return candidatesIn(written, innermostType(context));
    }

    /** {@link #candidates}, inside the indexed type of that name (null: outside any type of the file). */
    List<String> candidatesIn(String written, String innermost) {
        String name = stripGenerics(written);
        LinkedHashSet<String> result = new LinkedHashSet<>();
        int dot = name.indexOf('.');
        if (dot > 0) {
            String head = name.substring(0, dot);
            String rest = name.substring(dot);
            for (String resolvedHead : simpleCandidates(head, innermost)) {
                if (index.contains(resolvedHead) || isExplicitlyImported(resolvedHead)) {
                    result.add(resolvedHead + rest);
                }
            }
            result.add(name);
            if (nestedInOnDemand(name)) {
                // a type nested in one imported on demand (import okhttp3.*; new OkHttpClient.Builder()): not
                // confirmed without the classpath, like a simple name's on-demand candidates
                for (Declarations.Import imp : file.imports()) {
                    if (imp.asterisk() && !imp.isStatic()) {
                        result.add(imp.name() + "." + name);
                    }
                }
            }
            return List.copyOf(result);
        }
        return simpleCandidates(name, innermost);
    }

    /** The owner type of a statically imported member, e.g. "java.net.http.HttpClient" for newHttpClient. */
    public List<String> staticImportOwners(String member) {
        List<String> owners = new ArrayList<>();
        for (Declarations.Import imp : file.imports()) {
            if (!imp.isStatic()) {
                continue;
            }
            String name = imp.name();
            if (imp.asterisk()) {
                owners.add(name);
            } else if (name.endsWith("." + member)) {
                owners.add(0, name.substring(0, name.length() - member.length() - 1));
            }
        }
        return owners;
    }

    private List<String> simpleCandidates(String name, String innermost) {
        // what a simple name means depends only on the innermost indexed type around it: asked once per type
        Answers answers = answers();
        Map<String, List<String>> known = known(answers.simpleByType, answers.simpleOutsideTypes, innermost);
        synchronized (known) {
            List<String> result = known.get(name);
            if (result == null) {
                result = findSimpleCandidates(name, innermost);
                known.put(name, result);
            }
            return result;
        }
    }

    private String innermostType(Node context) {
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                String name = index.nameOf(type);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private <V> Map<String, V> known(Map<String, Map<String, V>> byType, Map<String, V> outside, String innermost) {
        synchronized (byType) {
            return innermost == null ? outside : byType.computeIfAbsent(innermost, t -> new HashMap<>());
        }
    }

    /** Forgets the answers given while the index was still being built (its supertypes incomplete). */
    synchronized void forget() {
        answers = null;
    }

    private List<String> findSimpleCandidates(String name, String innermost) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        // the indexed types around a name are the innermost one and the types it is a member of
        for (String fqn = innermost; fqn != null; fqn = index.declared(fqn).enclosing()) {
            if (index.declared(fqn).simpleName().equals(name)) {
                result.add(fqn);
            }
            for (String owner : index.ancestry(fqn)) {
                if (index.contains(owner + "." + name)) {
                    result.add(owner + "." + name);
                }
            }
        }
        for (Declarations.Import imp : file.imports()) {
            if (isSingleType(imp) && imp.identifier().equals(name)) {
                result.add(imp.name());
            }
        }
        String pkg = file.pkg();
        String samePackage = pkg.isEmpty() ? name : pkg + "." + name;
        if (index.contains(samePackage)) {
            result.add(samePackage);
        }
        for (Declarations.Import imp : file.imports()) {
            if (imp.asterisk()) {
                result.add(imp.name() + "." + name);
            }
        }
        result.add("java.lang." + name);
        return List.copyOf(result);
    }

    private boolean isExplicitlyImported(String fqn) {
        // the name itself, or a type nested in an imported one: the import is a prefix of it at a dot
        for (Declarations.Import imp : file.imports()) {
            String name = imp.name();
            if (isSingleType(imp) && fqn.startsWith(name) && (fqn.length() == name.length()
                    || fqn.charAt(name.length()) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** A single-type import: not static, not on demand (the file's few imports are looked through, not mapped). */
    private static boolean isSingleType(Declarations.Import imp) {
        return !imp.isStatic() && !imp.asterisk();
    }

    private static String stripGenerics(String name) {
        int angle = name.indexOf('<');
        String plain = angle < 0 ? name : name.substring(0, angle);
        return plain.replace("[]", "").replace("...", "").trim();
    }
}
