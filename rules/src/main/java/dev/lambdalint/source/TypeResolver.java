package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Resolves type names as written in one file, without a symbol solver: enclosing and nested types, single-type
 * imports, the file's package, on-demand imports and java.lang, in the order the language looks them up.
 */
public final class TypeResolver {
    private final CompilationUnit unit;
    private final ProjectIndex index;
    private final String pkg;

    TypeResolver(CompilationUnit unit, ProjectIndex index) {
        this.unit = unit;
        this.index = index;
        this.pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    /** The type a name means at {@code context}: a project type, or an explicitly imported external one. */
    public Optional<String> resolve(String name, Node context) {
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
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isStatic()) {
                continue;
            }
            String name = imp.getNameAsString();
            if (imp.isAsterisk()) {
                owners.add(name);
            } else if (name.endsWith("." + member)) {
                owners.add(0, name.substring(0, name.length() - member.length() - 1));
            }
        }
        return owners;
    }

    private List<String> simpleCandidates(String name, Node context) {
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
        for (ImportDeclaration imp : unit.getImports()) {
            if (!imp.isAsterisk() && !imp.isStatic() && imp.getName().getIdentifier().equals(name)) {
                result.add(imp.getNameAsString());
            }
        }
        String samePackage = pkg.isEmpty() ? name : pkg + "." + name;
        if (index.contains(samePackage)) {
            result.add(samePackage);
        }
        for (ImportDeclaration imp : unit.getImports()) {
            if (imp.isAsterisk()) {
                result.add(imp.getNameAsString() + "." + name);
            }
        }
        result.add("java.lang." + name);
        return List.copyOf(result);
    }

    private boolean isExplicitlyImported(String fqn) {
        return unit.getImports().stream().filter(i -> !i.isAsterisk() && !i.isStatic())
                .map(ImportDeclaration::getNameAsString)
                .anyMatch(i -> fqn.equals(i) || fqn.startsWith(i + "."));
    }

    private static String stripGenerics(String name) {
        int angle = name.indexOf('<');
        String plain = angle < 0 ? name : name.substring(0, angle);
        return plain.replace("[]", "").replace("...", "").trim();
    }
}
