package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ClientFamily;
import dev.lambdalint.catalog.ClientMatch;
import dev.lambdalint.catalog.ContextStart;
import dev.lambdalint.catalog.FrameworkStartup;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What starting a framework's application context runs, where the framework's code (not the sources) runs it: a
 * call the catalog says starts one ({@code SpringApplication.run(App.class)}, {@code new SpringApplication(App.class)
 * .run()}, {@code new AnnotationConfigApplicationContext(Config.class)}) runs the framework's start-up as
 * {@link FrameworkEntries} computes it (bean methods, init methods, the construction of its components), once per
 * call. Only the start-up code of what the context is started from registers ({@link ContextScope}: the classes
 * passed, those they import, the packages their component scans cover, the package names passed); a start from
 * nothing the sources name runs nothing known.
 */
final class ApplicationContexts {
    private final ProjectIndex index;
    private final CallResolver calls;
    private final TypeNames names;
    private final List<ContextStart> starts;
    private final List<ClientFamily> families = new ArrayList<>();
    private final Set<String> callNames = new HashSet<>();
    private final Set<String> typeNames = new HashSet<>();
    private List<CodeUnit> startup;

    ApplicationContexts(ProjectIndex index, CallResolver calls, List<ContextStart> starts) {
        this.index = index;
        this.calls = calls;
        this.names = new TypeNames(index);
        this.starts = List.copyOf(starts);
        for (ContextStart start : starts) {
            ClientFamily family = start.construction();
            families.add(family);
            callNames.addAll(family.factories());
            if (family.builderConstructor()) {
                callNames.addAll(family.buildMethods());
            }
            family.types().forEach(t -> typeNames.add(t.substring(t.lastIndexOf('.') + 1)));
        }
    }

    /** Whether the node may start a context: a cheap test on names before any type is worked out. */
    boolean mayAnswer(Node node) {
        if (node instanceof MethodCallExpr call) {
            return callNames.contains(call.getNameAsString());
        }
        return node instanceof ObjectCreationExpr creation && typeNames.contains(creation.getType().getNameAsString());
    }

    /** The start-up code a context start at this node runs; empty when the node starts no context. */
    Optional<List<CodeUnit>> targets(Node node, CodeUnit unit) {
        return started(node, unit).map(s -> startupFrom(s, unit));
    }

    /** The catalog's context start the node is, when it starts one. */
    Optional<ContextStart> start(Node node, CodeUnit unit) {
        return started(node, unit).map(Started::start);
    }

    /** A context start at a node: which one the catalog lists, and the arguments the context is started from. */
    private record Started(ContextStart start, List<Expression> sources) {
    }

    private Optional<Started> started(Node node, CodeUnit unit) {
        if (node instanceof ObjectCreationExpr creation) {
            return Catalog.constructor(families, candidates(creation))
                    .filter(m -> m.form() == ClientMatch.Form.CONSTRUCTOR)
                    .map(m -> new Started(startOf(m), creation.getArguments()));
        }
        MethodCallExpr call = (MethodCallExpr) node;
        String name = call.getNameAsString();
        Optional<ClientMatch> factory = Catalog.staticCall(families, calls.staticOwners(call, unit), name)
                .filter(m -> m.form() == ClientMatch.Form.FACTORY);
        if (factory.isPresent()) {
            return Optional.of(new Started(startOf(factory.get()), call.getArguments()));
        }
        // new SpringApplication(App.class).run(args), also through a builder's links or a local holding the builder
        Expression scope = call.getScope().orElse(null);
        while (scope instanceof MethodCallExpr link) {
            scope = link.getScope().orElse(null);
        }
        if (scope instanceof NameExpr local) {
            scope = calls.localInitializer(local, unit).orElse(null);
        }
        if (scope instanceof ObjectCreationExpr builder) {
            return Catalog.constructor(families, candidates(builder))
                    .filter(m -> m.form() == ClientMatch.Form.BUILDER_CONSTRUCTOR
                            && m.family().buildMethods().contains(name))
                    .map(m -> new Started(startOf(m), builder.getArguments()));
        }
        return Optional.empty();
    }

    private ContextStart startOf(ClientMatch match) {
        return starts.get(families.indexOf(match.family()));
    }

    private List<String> candidates(ObjectCreationExpr creation) {
        return calls.typeCandidates(creation.getType().getNameWithScope(), creation);
    }

    /** The start-up units of what a context started from the arguments registers ({@link ContextScope}). */
    private List<CodeUnit> startupFrom(Started started, CodeUnit unit) {
        ContextScope scope = new ContextScope(index, calls, names, started.start().registeredBy())
                .from(started.sources(), unit).withScannedComponents(started.start().startups().stream()
                        .flatMap(s -> s.singletonClasses().stream()).distinct().toList());
        if (scope.isEmpty()) {
            return List.of();
        }
        List<CodeUnit> units = new ArrayList<>();
        for (CodeUnit u : startup()) {
            Optional<String> pkg = index.type(u.ownerType()).map(Trees::packageOf);
            if (pkg.isPresent() && scope.covers(u.ownerType(), pkg.get())) {
                units.add(u);
            }
        }
        return units;
    }

    /** Every start-up unit of the frameworks the starts name, as {@link FrameworkEntries} finds them, once. */
    private List<CodeUnit> startup() {
        if (startup == null) {
            FrameworkEntries entries = new FrameworkEntries(index, names, calls);
            Set<FrameworkStartup> specs = new LinkedHashSet<>();
            starts.forEach(s -> specs.addAll(s.startups()));
            Set<CodeUnit> units = new LinkedHashSet<>();
            specs.forEach(spec -> units.addAll(entries.startup(spec).units()));
            startup = List.copyOf(units);
        }
        return startup;
    }
}
