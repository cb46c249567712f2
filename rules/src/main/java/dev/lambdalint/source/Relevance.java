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
    /** The Lambda runtime's package, of its {@code Context} and (below it) its events. */
    public static final String LAMBDA_RUNTIME_PACKAGE = "com.amazonaws.services.lambda.runtime";
    /** The event classes a plain handler may take as its only parameter, with no Context. */
    public static final String LAMBDA_EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events";

    /** What the filter keeps of one file: its package, the types it declares, names, extends and qualifies. */
    public record Signature(String pkg, Set<String> declared, Set<String> named, Set<String> supertypes,
                     Set<String> packagesNamed) {
    }

    private final Map<Object, Signature> signatures = new HashMap<>();
    private final Set<String> rootTypes;
    private final List<TypePattern> markerPackages;
    /** How a generated class's simple name spells the type it is generated for: Dagger's {@code DaggerX}. */
    private final String generatedPrefix;
    private final String nestedSeparator;

    /** @param rootTypes simple names of handler classes named outside the code (deployment templates) */
    public Relevance(Set<String> rootTypes) {
        this(rootTypes, List.of());
    }

    /**
     * @param markerPackages globs of packages whose naming makes a file relevant (the Lambda runtime's, a framework's
     *                       annotations and adapter types)
     */
    public Relevance(Set<String> rootTypes, List<String> markerPackages) {
        this(rootTypes, markerPackages, "", "");
    }

    /**
     * @param generatedPrefix the prefix by which a class generated at build time, so never in the sources, names the
     *                        type it is generated for ({@code DaggerOrderComponent} for {@code OrderComponent}): naming
     *                        the generated class names that type; empty for none
     * @param nestedSeparator what joins a nested type's simple names in the generated name ({@code DaggerOuter_Inner})
     */
    public Relevance(Set<String> rootTypes, List<String> markerPackages, String generatedPrefix,
                     String nestedSeparator) {
        this.rootTypes = Set.copyOf(rootTypes);
        this.markerPackages = markerPackages.stream().map(TypePattern::of).toList();
        this.generatedPrefix = generatedPrefix == null ? "" : generatedPrefix;
        this.nestedSeparator = nestedSeparator == null ? "" : nestedSeparator;
    }

    /**
     * The filter for the handlers the runtime and the catalog's frameworks can have, and those templates name: files
     * naming the runtime's package (a plain handler's {@code Context}), its events' (a plain handler taking only the
     * event) or a package of a framework's annotations,
     * base classes or adapter types. Packages rather than simple names, which are common words ({@code Path},
     * {@code Get}, {@code Context}).
     */
    public static Relevance forHandlers(Set<String> rootTypes, Catalog catalog) {
        Set<String> packages = new TreeSet<>(Set.of(LAMBDA_RUNTIME_PACKAGE, LAMBDA_EVENTS_PACKAGE));
        for (Framework framework : catalog.frameworks()) {
            for (FrameworkEntry entry : framework.entries()) {
                Stream.of(entry.classAnnotations(), entry.methodAnnotations(), entry.superclasses())
                        .flatMap(List::stream).map(Relevance::packageOf).forEach(packages::add);
            }
            framework.presentWith().types().stream().map(Relevance::packageOf).forEach(packages::add);
        }
        return new Relevance(rootTypes, List.copyOf(packages), catalog.dagger().generatedPrefix(),
                catalog.dagger().nestedSeparator());
    }

    private static String packageOf(String fqn) {
        return fqn.substring(0, Math.max(0, fqn.lastIndexOf('.')));
    }

    void add(Object file, Signature signature) {
        signatures.put(file, signature);
    }

    /** The files that can matter, from those added. */
    public Set<Object> relevant() {
        // by simple name, then package: the files declaring a type, and those extending one, by each package from
        // which they can see it (their own and those they name)
        Map<String, Map<String, List<Object>>> declaring = new HashMap<>();
        Map<String, Map<String, List<Object>>> extending = new HashMap<>();
        signatures.forEach((file, s) -> {
            s.declared().forEach(name -> declaring.computeIfAbsent(name, k -> new HashMap<>())
                    .computeIfAbsent(s.pkg(), k -> new ArrayList<>()).add(file));
            for (String name : s.supertypes()) {
                Map<String, List<Object>> byPackage = extending.computeIfAbsent(name, k -> new HashMap<>());
                byPackage.computeIfAbsent(s.pkg(), k -> new ArrayList<>()).add(file);
                s.packagesNamed().forEach(p -> byPackage.computeIfAbsent(p, k -> new ArrayList<>()).add(file));
            }
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
            for (String named : s.named()) {
                for (String name : generatedFor(named)) {
                    Map<String, List<Object>> byPackage = declaring.get(name);
                    if (byPackage != null) {
                        enqueue(byPackage.get(s.pkg()), relevant, queue);
                        s.packagesNamed().forEach(p -> enqueue(byPackage.get(p), relevant, queue));
                    }
                }
            }
            for (String name : s.declared()) {
                enqueue(extending.getOrDefault(name, Map.of()).get(s.pkg()), relevant, queue);
            }
        }
        return relevant;
    }

    /**
     * The name as written, and, when it is a generated class's name ({@code DaggerOrderComponent}, or
     * {@code DaggerOuter_Inner} for a nested type), the top-level type it is generated for, whose file declares it.
     */
    private List<String> generatedFor(String name) {
        int start = generatedPrefix.length();
        if (start == 0 || name.length() <= start || !name.startsWith(generatedPrefix)
                || !Character.isUpperCase(name.charAt(start))) {
            return List.of(name);
        }
        String type = name.substring(start);
        int nested = nestedSeparator.isEmpty() ? -1 : type.indexOf(nestedSeparator);
        return List.of(name, nested > 0 ? type.substring(0, nested) : type);
    }

    private static void enqueue(List<Object> files, Set<Object> relevant, List<Object> queue) {
        if (files != null) {
            for (Object file : files) {
                if (relevant.add(file)) {
                    queue.add(file);
                }
            }
        }
    }

    public static Signature signature(String text) {
        return JavaText.signature(text, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * The signature of a file's text, its names taken from {@code names} when there already (and added when not):
     * the files of a project share most of their names, and thousands of signatures are held at once.
     */
    public static Signature signature(String text, Map<String, String> names) {
        return JavaText.signature(text, names);
    }
}
