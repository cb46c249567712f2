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
import java.util.stream.Stream;

/**
 * A cheap, text-only pre-filter: which files can take part in a handler's invocation model, so that only their
 * syntax trees are kept in memory. It starts from the files that mention a handler interface, the Lambda
 * {@code Context}, a framework's annotations, base classes or adapter packages (or a handler class named in a
 * template) and closes over, until nothing changes: files declaring a type a relevant file
 * names (in its package, or in a package it names), and files that extend or implement a type a relevant file
 * declares. It over-approximates; what it can miss is a type whose name is not written in relevant code, which
 * only the model's last-resort link (the project's only method of a name, for a receiver of unknown type) could
 * have reached.
 */
public final class Relevance {
    private static final Set<String> HANDLER_MARKERS = Set.of("RequestHandler", "RequestStreamHandler");

    /** What the filter keeps of one file: its package, the types it declares, names, extends and qualifies. */
    record Signature(String pkg, Set<String> declared, Set<String> named, Set<String> supertypes,
                     Set<String> packagesNamed) {
    }

    private final Map<Object, Signature> signatures = new HashMap<>();
    private final Set<String> rootTypes;
    private final Set<String> markers;
    private final List<TypePattern> markerPackages;

    /** @param rootTypes simple names of handler classes named outside the code (deployment templates) */
    public Relevance(Set<String> rootTypes) {
        this(rootTypes, Set.of(), List.of());
    }

    /**
     * @param markers        more names that make a file a handler's (the Lambda {@code Context} a plain handler takes,
     *                       a framework's annotations and base classes)
     * @param markerPackages globs of packages whose naming makes a file relevant (a framework's adapter packages,
     *                       which show the framework present)
     */
    public Relevance(Set<String> rootTypes, Set<String> markers, List<String> markerPackages) {
        this.rootTypes = Set.copyOf(rootTypes);
        this.markers = new HashSet<>(HANDLER_MARKERS);
        this.markers.addAll(markers);
        this.markerPackages = markerPackages.stream().map(TypePattern::of).toList();
    }

    /** The filter for the handlers the catalog's frameworks and the runtime can have, and those templates name. */
    public static Relevance forHandlers(Set<String> rootTypes, Catalog catalog) {
        Set<String> markers = new HashSet<>(Set.of("Context"));
        List<String> packages = new ArrayList<>();
        for (Framework framework : catalog.frameworks()) {
            for (FrameworkEntry entry : framework.entries()) {
                Stream.of(entry.classAnnotations(), entry.methodAnnotations(), entry.superclasses())
                        .flatMap(List::stream).map(Relevance::simpleName).forEach(markers::add);
            }
            for (String type : framework.presentWith().types()) {
                markers.add(simpleName(type));
                packages.add(type.substring(0, Math.max(0, type.lastIndexOf('.'))));
            }
        }
        markers.removeIf(m -> m.contains("*"));
        return new Relevance(rootTypes, markers, packages);
    }

    private static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
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
            if (markers.stream().anyMatch(s.named()::contains)
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
