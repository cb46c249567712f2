package dev.lambdalint.source;

import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.Framework;
import dev.lambdalint.catalog.FrameworkEntry;
import dev.lambdalint.catalog.TypePattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A cheap, text-only pre-filter: which files can take part in a handler's invocation model, so that only their
 * syntax trees are kept in memory. It starts from the files that mention a handler interface, name the Lambda
 * runtime's package or a package of a framework's annotations, base classes or adapter types (or declare a handler
 * class named in a template) and closes over, until nothing changes: files declaring a type a relevant file
 * names (in its package, or in a package it names), and files that extend or implement a type a relevant file
 * declares. It over-approximates; what it can miss is a type whose name is not written in relevant code, which
 * only the model's last-resort link (the project's only method of a name, for a receiver of unknown type) could
 * have reached.
 */
public final class Relevance {
    private static final Set<String> HANDLER_MARKERS = Set.of("RequestHandler", "RequestStreamHandler");
    private static final String LAMBDA_RUNTIME_PACKAGE = "com.amazonaws.services.lambda.runtime";

    /** What the filter keeps of one file: its package, the types it declares, names, extends and qualifies. */
    record Signature(String pkg, Set<String> declared, Set<String> named, Set<String> supertypes,
                     Set<String> packagesNamed) {
    }

    private final Map<Object, Signature> signatures = new HashMap<>();
    private final Set<String> rootTypes;
    private final List<TypePattern> markerPackages;

    /** @param rootTypes simple names of handler classes named outside the code (deployment templates) */
    public Relevance(Set<String> rootTypes) {
        this(rootTypes, List.of());
    }

    /**
     * @param markerPackages globs of packages whose naming makes a file relevant (the Lambda runtime's, a framework's
     *                       annotations and adapter types)
     */
    public Relevance(Set<String> rootTypes, List<String> markerPackages) {
        this.rootTypes = Set.copyOf(rootTypes);
        this.markerPackages = markerPackages.stream().map(TypePattern::of).toList();
    }

    /**
     * The filter for the handlers the runtime and the catalog's frameworks can have, and those templates name: files
     * naming the runtime's package (a plain handler's {@code Context}) or a package of a framework's annotations,
     * base classes or adapter types. Packages rather than simple names, which are common words ({@code Path},
     * {@code Get}, {@code Context}).
     */
    public static Relevance forHandlers(Set<String> rootTypes, Catalog catalog) {
        Set<String> packages = new TreeSet<>(Set.of(LAMBDA_RUNTIME_PACKAGE));
        for (Framework framework : catalog.frameworks()) {
            for (FrameworkEntry entry : framework.entries()) {
                Stream.of(entry.classAnnotations(), entry.methodAnnotations(), entry.superclasses())
                        .flatMap(List::stream).map(Relevance::packageOf).forEach(packages::add);
            }
            framework.presentWith().types().stream().map(Relevance::packageOf).forEach(packages::add);
        }
        return new Relevance(rootTypes, List.copyOf(packages));
    }

    private static String packageOf(String fqn) {
        return fqn.substring(0, Math.max(0, fqn.lastIndexOf('.')));
    }

    void add(Object file, Signature signature) {
        signatures.put(file, signature);
    }

    /** The files that can matter, from those added. */
    public Set<Object> relevant() {
        // keyed by package and simple name, so that a common name ("Builder") costs one lookup per package
        Map<String, List<Object>> declaring = new HashMap<>();
        Map<String, List<Object>> extending = new HashMap<>();
        signatures.forEach((file, s) -> {
            s.declared().forEach(name -> declaring.computeIfAbsent(s.pkg() + " " + name, k -> new ArrayList<>())
                    .add(file));
            s.supertypes().forEach(name -> extending.computeIfAbsent(name, k -> new ArrayList<>()).add(file));
        });
        Set<Object> relevant = new HashSet<>();
        List<Object> queue = new ArrayList<>();
        signatures.forEach((file, s) -> {
            if (HANDLER_MARKERS.stream().anyMatch(s.named()::contains)
                    || s.declared().stream().anyMatch(rootTypes::contains)
                    || s.packagesNamed().stream().anyMatch(p -> markerPackages.stream().anyMatch(m -> m.matches(p)))) {
                relevant.add(file);
                queue.add(file);
            }
        });
        for (int i = 0; i < queue.size(); i++) {
            Object file = queue.get(i);
            Signature s = signatures.get(file);
            List<String> packages = new ArrayList<>(s.packagesNamed());
            packages.add(s.pkg());
            for (String name : s.named()) {
                for (String pkg : packages) {
                    for (Object other : declaring.getOrDefault(pkg + " " + name, List.of())) {
                        if (relevant.add(other)) {
                            queue.add(other);
                        }
                    }
                }
            }
            for (String name : s.declared()) {
                for (Object other : extending.getOrDefault(name, List.of())) {
                    if (visible(s, signatures.get(other)) && relevant.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return relevant;
    }

    /** Whether code in {@code user} can name types of {@code owner}: same package, or it names the package. */
    private static boolean visible(Signature owner, Signature user) {
        return owner.pkg().equals(user.pkg()) || user.packagesNamed().contains(owner.pkg());
    }

    static Signature signature(String text) {
        return JavaText.signature(text);
    }
}
