package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ClientFamily;
import dev.lambdalint.catalog.ConfigFetch;
import dev.lambdalint.catalog.MemoizingFactory;
import dev.lambdalint.catalog.ReusableObject;
import dev.lambdalint.model.CacheCreations;
import dev.lambdalint.model.CachedCode;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.NodeIn;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Caches built on every invocation, which therefore cache nothing: a memoizing wrapper
 * ({@code Suppliers.memoize(fn)}), a Caffeine or Guava cache, a keyed collection given functions to memoize
 * ({@code map.computeIfAbsent(k, fn)}), or an object of a project class that keeps what it computes in its own
 * fields ({@code new ParameterCache(ssm)}), built in per-invocation code. Each is judged by what it caches: a
 * configuration fetch (config-per-invocation), a client (client-per-invocation), an expensive reusable object
 * (init-per-invocation). A cache of anything else (a request-scoped memo of per-event work) is left alone.
 */
public final class PerInvocationCaches {
    private static final int MAX_UNITS = 40;

    /** What the cache would keep, in the order the rules take precedence. */
    public enum Kind { CONFIG, CLIENT, REUSABLE }

    /**
     * A cache built per invocation: where ({@code reach}, {@code creation}), what it is ({@code what}, "a
     * ParameterCache"), what it caches ({@code kind}, {@code work} for messages, {@code at} its file and line) and,
     * for a configuration fetch, which one.
     */
    public record Cache(Reach reach, Expression creation, String what, Kind kind, String work, String at,
                        ConfigFetch fetch, ClientFamily family) {

        /** Why the cache does not help, for messages. */
        public String explanation() {
            String here = reach.file().relativePath() + ":" + creation.getBegin().map(p -> p.line).orElse(1);
            return "it is cached in " + article(what) + " " + what + " that is itself built on every invocation ("
                    + CodeText.of(creation) + (here.equals(at) ? "" : ", caching the work at " + at) + "), so the "
                    + "cache starts empty each time and keeps nothing";
        }

        private static String article(String noun) {
            return "AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
        }

        /** The fix, for messages. */
        public String fix() {
            String noun = what.contains(" (") ? what.substring(0, what.indexOf(" (")) : what;
            return "Build the " + noun + " once, in a static final field or the handler's constructor, and ask that "
                    + "one.";
        }
    }

    /** Code to judge: nodes of a unit, under {@code root} (the unit's declaration when it is the whole unit). */
    private record Code(Node root, List<Node> nodes, CodeUnit unit) {
        static Code of(Node root, CodeUnit unit) {
            return new Code(root, Trees.findAll(root, Node.class), unit);
        }

        /** What the code is, for remembering what was found in it. */
        NodeIn key() {
            return new NodeIn(root, unit);
        }
    }

    /** What one piece of code does itself (its most serious work, the first met) and the project code it calls. */
    private record Scan(Work best, List<CodeUnit> callees) {
    }

    private final InvocationModel model;
    private final Catalog catalog;
    private final CacheCreations creations;
    private final ClientConstructions clients;
    private final ClientConstructions reusable;
    private final Map<ClientFamily, ReusableObject> byConstruction = new LinkedHashMap<>();
    private final Constants constants;
    private final EventDependence event;
    private List<Cache> found;
    private final Map<List<NodeIn>, Optional<Work>> judged = new HashMap<>();
    private final Map<NodeIn, Scan> scans = new HashMap<>();
    private final Map<NodeIn, Optional<Candidate>> candidates = new HashMap<>();

    /** The model's caches built per invocation, found once for all the rules that ask. */
    public static PerInvocationCaches of(InvocationModel model, Catalog catalog) {
        return model.shared(PerInvocationCaches.class, () -> new PerInvocationCaches(model, catalog));
    }

    private PerInvocationCaches(InvocationModel model, Catalog catalog) {
        this.model = model;
        this.catalog = catalog;
        this.creations = model.caches();
        this.clients = new ClientConstructions(model, catalog);
        catalog.reusable().forEach(r -> byConstruction.put(r.construction(), r));
        this.reusable = new ClientConstructions(model, List.copyOf(byConstruction.keySet()));
        this.constants = new Constants(model, catalog.constantReads());
        this.event = new EventDependence(model);
    }

    /** The caches built per invocation whose cached work is of this kind, each once per place and handler. */
    public synchronized List<Cache> built(Kind kind) {
        if (found == null) {
            found = new ArrayList<>();
            for (Reach first : model.firstReaches()) {
                for (Node node : model.executedNodes(first.unit())) {
                    // whether a cache is built here is the same for every handler; what it caches may not be
                    if (maybeCache(node, first.unit())) {
                        model.reachesOf(first.unit()).forEach(reach -> cacheAt(node, reach).ifPresent(found::add));
                    }
                }
            }
        }
        return found.stream().filter(c -> c.kind() == kind).toList();
    }

    private boolean maybeCache(Node node, CodeUnit unit) {
        if (node instanceof MethodCallExpr call) {
            return creations.memoizingFactory(call, unit).isPresent() || creations.endsCacheBuilder(call, unit);
        }
        if (node instanceof ObjectCreationExpr creation) {
            return creations.memoizingConstructor(creation).isPresent()
                    || creations.keyedCollection(creation).isPresent()
                    || model.calls().typeOf(creation, unit).filter(model.calls()::isProjectType)
                            .map(type -> !model.cachedPerObject(type).isEmpty()).orElse(false);
        }
        return false;
    }

    /**
     * What a cache built at a node caches, the same whatever the handler: its name for messages, the code it caches
     * ({@code cached}), and for an object of a project class, the code of the class that caches per object, each
     * run only by the handlers that run it ({@code perObject}).
     */
    private record Candidate(String what, List<Code> cached, List<Code> perObject) {
    }

    private Optional<Cache> cacheAt(Node node, Reach reach) {
        CodeUnit unit = reach.unit();
        Optional<Candidate> candidate = candidates.computeIfAbsent(new NodeIn(node, unit), k -> candidate(node, unit));
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        List<Code> cached = new ArrayList<>(candidate.get().cached());
        for (Code code : candidate.get().perObject()) {
            if (model.runsDeclaration(reach.handler(), code.unit().declaration())) {
                cached.add(code);
            }
        }
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        Expression created = (Expression) node;
        return judge(cached)
                // configuration named by the event is fetched per event anyway: a memo of it within one is fine
                .filter(w -> w.kind != Kind.CONFIG || !event.dependsOnEvent(created, reach)
                        && !keyedByEventOnly(created, reach))
                .map(w -> new Cache(reach, created, candidate.get().what(), w.kind, w.text, w.at, w.fetch, w.family));
    }

    private Optional<Candidate> candidate(Node node, CodeUnit unit) {
        String what;
        List<Code> cached = new ArrayList<>();
        List<Code> perObject = new ArrayList<>();
        if (node instanceof MethodCallExpr call) {
            Optional<MemoizingFactory> factory = creations.memoizingFactory(call, unit);
            if (factory.isPresent()) {
                what = factory.get().what();
                cached.add(Code.of(call.getArgument(factory.get().argument()), unit));
            } else if (creations.endsCacheBuilder(call, unit)) {
                what = cacheBuilderName(call) + " cache";
                call.getArguments().forEach(a -> cached.add(Code.of(a, unit)));
                cached.addAll(memoizedThrough(call, unit));
            } else {
                return Optional.empty();
            }
        } else if (node instanceof ObjectCreationExpr creation) {
            Optional<MemoizingFactory> factory = creations.memoizingConstructor(creation);
            if (factory.isPresent() && creation.getArguments().size() > factory.get().argument()) {
                what = factory.get().what();
                cached.add(Code.of(creation.getArgument(factory.get().argument()), unit));
            } else if (creations.keyedCollection(creation).isPresent()) {
                what = creation.getType().getNameAsString();
                cached.addAll(memoizedThrough(creation, unit));
            } else {
                Optional<String> type = model.calls().typeOf(creation, unit).filter(model.calls()::isProjectType);
                if (type.isEmpty()) {
                    return Optional.empty();
                }
                what = model.index().displayName(type.get());
                for (CachedCode code : model.cachedPerObject(type.get())) {
                    perObject.add(Code.of(code.code(), code.unit()));
                }
            }
        } else {
            return Optional.empty();
        }
        if (cached.isEmpty() && perObject.isEmpty() || unusedLocal((Expression) node, unit)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(what, List.copyOf(cached), List.copyOf(perObject)));
    }

    private record Work(Kind kind, String text, String at, ConfigFetch fetch, ClientFamily family) {
    }

    /** The most serious work the cached code does, following the project methods it calls. */
    private Optional<Work> judge(List<Code> roots) {
        // the same cached code is judged for every handler that reaches it, and callees are shared: both remembered
        return judged.computeIfAbsent(roots.stream().map(Code::key).toList(), k -> judgeOnce(roots));
    }

    private Optional<Work> judgeOnce(List<Code> roots) {
        ArrayDeque<Code> queue = new ArrayDeque<>(roots);
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Work best = null;
        int units = 0;
        while (!queue.isEmpty() && units < MAX_UNITS) {
            Code code = queue.poll();
            units++;
            Scan scan = code.root() == code.unit().declaration() ? scans.computeIfAbsent(code.key(), k -> scan(code))
                    : scan(code);
            if (scan.best() != null && (best == null || scan.best().kind().ordinal() < best.kind().ordinal())) {
                best = scan.best();
            }
            for (CodeUnit callee : scan.callees()) {
                if (seen.add(callee.declaration())) {
                    queue.add(new Code(callee.declaration(), model.executedNodes(callee), callee));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Scan scan(Code code) {
        Work best = null;
        List<CodeUnit> callees = new ArrayList<>();
        for (Node node : code.nodes()) {
            Work work = workAt(node, code.unit());
            if (work != null && (best == null || work.kind().ordinal() < best.kind().ordinal())) {
                best = work;
            }
            callees.addAll(model.calls().targets(node, code.unit()));
        }
        return new Scan(best, callees);
    }

    private Work workAt(Node node, CodeUnit unit) {
        if (node instanceof MethodCallExpr call && call.getScope().isPresent()
                && catalog.isConfigFetchName(call.getNameAsString())) {
            for (String type : clients.receiverTypes(call.getScope().get(), unit)) {
                Optional<ConfigFetch> fetch = catalog.configFetch(type, call.getNameAsString());
                if (fetch.isPresent()) {
                    String client = type.substring(type.lastIndexOf('.') + 1);
                    return new Work(Kind.CONFIG, fetch.get().what() + " (" + client + "." + call.getNameAsString()
                            + ")", at(node), fetch.get(), null);
                }
            }
        }
        Optional<ClientConstructions.Construction> client = clients.at(node, unit);
        if (client.isPresent()) {
            return new Work(Kind.CLIENT, client.get().match().clientName() + " ("
                    + client.get().match().family().family() + ")", at(node), null, client.get().match().family());
        }
        Optional<ClientConstructions.Construction> object = reusable.at(node, unit);
        if (object.isPresent()) {
            ReusableObject kept = byConstruction.get(object.get().match().family());
            if (!kept.onlyWithConstantArguments() || constants.sameOnEveryCall(object.get().made(), unit)) {
                return new Work(Kind.REUSABLE, object.get().match().clientName() + " ("
                        + object.get().match().family().family() + ")", at(node), null, object.get().match().family());
            }
        }
        return null;
    }

    /** The functions given to memoizing calls on the local variable the cache is kept in. */
    private List<Code> memoizedThrough(Expression creation, CodeUnit unit) {
        List<Code> functions = new ArrayList<>();
        Optional<VariableDeclarator> local = localHolding(creation);
        if (local.isEmpty()) {
            return functions;
        }
        for (MethodCallExpr call : Trees.findAll(scopeOf(local.get()), MethodCallExpr.class)) {
            if (call.getScope().orElse(null) instanceof NameExpr name && refersTo(name, local.get(), unit)) {
                catalog.memoizer(call.getNameAsString(), call.getArguments().size(), List.of())
                        .filter(m -> !m.nullGuarded())
                        .ifPresent(m -> functions.add(Code.of(call.getArgument(m.argument()), unit)));
            }
        }
        return functions;
    }

    /** A cache kept in a local whose every memoizing call is keyed by data of the event. */
    private boolean keyedByEventOnly(Expression creation, Reach reach) {
        Optional<VariableDeclarator> local = localHolding(creation);
        if (local.isEmpty()) {
            return false;
        }
        List<Expression> keys = new ArrayList<>();
        for (MethodCallExpr call : Trees.findAll(scopeOf(local.get()), MethodCallExpr.class)) {
            if (call.getScope().orElse(null) instanceof NameExpr name && refersTo(name, local.get(), reach.unit())
                    && call.getArguments().size() > 1 && catalog.memoizer(call.getNameAsString(),
                            call.getArguments().size(), List.of()).filter(m -> !m.nullGuarded()).isPresent()) {
                keys.add(call.getArgument(0));
            }
        }
        return !keys.isEmpty() && keys.stream().allMatch(k -> event.dependsOnEvent(k, reach));
    }

    /** A local built as a cache and never used afterwards caches nothing and costs nothing: not reported. */
    private boolean unusedLocal(Expression creation, CodeUnit unit) {
        Optional<VariableDeclarator> local = localHolding(creation);
        return local.isPresent() && Trees.findAll(scopeOf(local.get()), NameExpr.class).stream()
                .noneMatch(n -> refersTo(n, local.get(), unit));
    }

    private static Optional<VariableDeclarator> localHolding(Expression creation) {
        return creation.getParentNode().filter(p -> p instanceof VariableDeclarator v
                && v.getInitializer().orElse(null) == creation
                && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
                .map(VariableDeclarator.class::cast);
    }

    private static Node scopeOf(VariableDeclarator local) {
        return local.findAncestor(LambdaExpr.class).map(Node.class::cast)
                .or(() -> local.findAncestor(CallableDeclaration.class).map(Node.class::cast)).orElse(local);
    }

    private boolean refersTo(NameExpr name, VariableDeclarator local, CodeUnit unit) {
        return name.getNameAsString().equals(local.getNameAsString())
                && model.calls().declarationOf(name, unit).orElse(null) == local;
    }

    /** {@code Caffeine.newBuilder()...build()}: "Caffeine"; {@code CacheBuilder...}: "Guava". */
    private static String cacheBuilderName(MethodCallExpr build) {
        Expression e = build;
        while (e instanceof MethodCallExpr m && m.getScope().isPresent()) {
            e = m.getScope().get();
        }
        String written = e instanceof NameExpr || e instanceof FieldAccessExpr ? CallResolver.writtenName(e) : "";
        String start = written.substring(written.lastIndexOf('.') + 1);
        return start.equals("CacheBuilder") ? "Guava" : start;
    }

    /** "com/acme/ParameterCache.java:17": where the cached work is, for messages. */
    private String at(Node node) {
        return model.index().fileOf(enclosingType(node)).relativePath() + ":"
                + node.getBegin().map(p -> p.line).orElse(1);
    }

    private TypeDeclaration<?> enclosingType(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && model.index().nameOf(type) != null) {
                return type;
            }
        }
        throw new IllegalStateException("code outside any indexed type");
    }
}
