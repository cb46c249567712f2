package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import dev.lambdalint.CallStep;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ContextStart;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What runs per invocation: for each handler, every project code unit its entry reaches, breadth first so that
 * each unit carries a shortest call chain. Everything else (static and instance initialisers of the handler,
 * its constructors and what only they call, lazy-init guards, code no handler reaches) is not per-invocation
 * and is not judged by the rules, except by those asking {@link #everRun} about settings that matter wherever
 * the handler's code makes them.
 */
public final class InvocationModel {
    private final ProjectIndex index;
    private final CallResolver calls;
    private final ExecutedCode executed;
    private final List<Handler> handlers;
    private final List<Reach> firstReaches;
    private final Map<CodeUnit, Reach> firstByUnit = new java.util.LinkedHashMap<>();
    private List<Reach> reached;
    private Map<CodeUnit, List<CodeUnit>> callers;
    private final Map<CodeUnit, List<Integer>> entries = new HashMap<>();
    private final Map<CodeUnit, List<Integer>> handlersReaching = new HashMap<>();
    /**
     * The last few handlers' walks, each taken as far as a question has needed: the chains and ranks of the reaches
     * {@link #reachesOf} gives are asked for a few units, often near the handler's entry.
     */
    private final Map<Integer, Walk> walks = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Walk> eldest) {
            return size() > 8;
        }
    };
    private final Map<Node, List<Node>> nodeCache = new IdentityHashMap<>();
    private final Map<Node, List<Node>> allNodesCache = new IdentityHashMap<>();
    private final Fields fields;
    private final CacheCreations caches;
    private final Map<String, List<Reach>> everRun = new HashMap<>();
    private final Map<CodeUnit, List<Edge>> executedEdges = new HashMap<>();
    private final Map<CodeUnit, List<Edge>> allEdges = new HashMap<>();
    private final Map<CodeUnit, SourceFile> files = new HashMap<>();
    private final Map<String, List<CodeUnit>> classInits = new HashMap<>();
    private Set<VariableDeclarator> assignedPerInvocation;
    private final Map<String, Integer> handlerIndex = new HashMap<>();
    private Map<Node, List<CallSite>> callSites;
    private Map<CodeUnit, BitSet> entriesReaching;
    private Map<Node, List<CodeUnit>> unitsByDeclaration;
    private final Map<Node, BitSet> runningDeclaration = new IdentityHashMap<>();
    private final Map<String, List<CachedCode>> cachedPerObject = new HashMap<>();
    /** Ranks of {@link #everRun} reaches come after every per-invocation one. */
    private static final long EVER_RUN_RANKS = 1L << 62;
    private final Map<String, List<InitPhase>> initPhase = new HashMap<>();
    private final Callbacks callbacks;
    private final Map<Integer, List<Callbacks.Registration>> registrations = new HashMap<>();
    private final Map<Class<?>, Object> shared = new HashMap<>();
    /** Ranks of INIT-phase reaches, and of reaches from given methods, come after every per-invocation one. */
    private static final long INIT_RANKS = 1L << 61;
    private static final long RUN_FROM_RANKS = 1L << 60;

    public InvocationModel(ProjectIndex index, Catalog catalog, List<Handler> handlers) {
        this.index = index;
        this.calls = new CallResolver(index, catalog.dagger(), catalog.contextStarts());
        this.fields = new Fields(index, calls);
        this.caches = new CacheCreations(calls, fields, catalog);
        this.executed = new ExecutedCode(calls, fields, catalog, caches);
        this.callbacks = new Callbacks(index, calls, catalog);
        this.handlers = handlers.stream().sorted(Comparator.comparing(Handler::id)).toList();
        for (int i = 0; i < this.handlers.size(); i++) {
            handlerIndex.putIfAbsent(this.handlers.get(i).id(), i);
        }
        this.firstReaches = claim();
    }

    public List<Handler> handlers() {
        return handlers;
    }

    /**
     * Every (handler, unit) pair that runs per invocation, handlers in id order, units breadth first. Built on
     * demand, handler by handler: its size is handlers x code, which no rule needs.
     */
    public List<Reach> reached() {
        if (reached == null) {
            List<Reach> all = new ArrayList<>();
            for (int i = 0; i < handlers.size(); i++) {
                all.addAll(handlerWalk(i).all().values());
            }
            reached = List.copyOf(all);
        }
        return reached;
    }

    /**
     * One reach per unit that runs per invocation: the first (lowest ranked) of those of {@link #reached()}. A rule
     * whose verdict on a unit's code does not depend on the handler visits these, not every handler's reach of
     * the same shared code.
     */
    public List<Reach> firstReaches() {
        return firstReaches;
    }

    /**
     * Every reach of the unit, lowest ranked first (the first is the one {@link #firstReaches} holds); empty when no
     * handler runs it per invocation. For a rule whose verdict depends on the handler, asked for the few units
     * where the handler matters: each reach's chain and rank are worked out only when asked for.
     */
    public List<Reach> reachesOf(CodeUnit unit) {
        Reach first = firstByUnit.get(unit);
        if (first == null) {
            return List.of();
        }
        List<Reach> reaches = new ArrayList<>(List.of(first));
        for (int i : handlersReaching(unit)) {
            if (handlers.get(i) != first.handler()) {
                reaches.add(Reach.pending(handlers.get(i), unit, fileOf(unit), this::resolve));
            }
        }
        return reaches;
    }

    /**
     * What one handler runs per invocation, units breadth first: its part of {@link #reached()}, walked on demand for
     * a rule that follows one handler's code (its callers, its parameters).
     */
    public List<Reach> reachedBy(Handler handler) {
        Integer i = handlerIndex.get(handler.id());
        return i == null ? List.of() : List.copyOf(handlerWalk(i).all().values());
    }

    /** Whether the handler runs, per invocation, some unit declared by {@code declaration}. */
    public boolean runsDeclaration(Handler handler, Node declaration) {
        Integer i = handlerIndex.get(handler.id());
        return i != null && handlersRunning(declaration).get(i);
    }

    /** The handlers running some unit of the declaration: asked for each handler reaching a cache of the code. */
    private BitSet handlersRunning(Node declaration) {
        return runningDeclaration.computeIfAbsent(declaration, d -> {
            BitSet running = new BitSet();
            unitsDeclaredBy(d).forEach(u -> handlersReaching(u).forEach(running::set));
            return running;
        });
    }

    /** The units some handler runs per invocation whose code is {@code declaration}, in first-reach order. */
    public List<CodeUnit> unitsDeclaredBy(Node declaration) {
        if (unitsByDeclaration == null) {
            unitsByDeclaration = new IdentityHashMap<>();
            firstByUnit.keySet().forEach(u -> unitsByDeclaration.computeIfAbsent(u.declaration(),
                    k -> new ArrayList<>()).add(u));
        }
        return unitsByDeclaration.getOrDefault(declaration, List.of());
    }

    /** Whether the handler runs the unit per invocation. */
    public boolean runs(Handler handler, CodeUnit unit) {
        Integer i = handlerIndex.get(handler.id());
        return i != null && handlersReaching(unit).contains(i);
    }

    /**
     * The handlers whose per-invocation code runs the unit, in id order: those whose entry is the unit or calls
     * it, directly or through other units. A handler whose framework keeps some results (and so does not follow
     * every call) is checked against its own walk.
     */
    private List<Integer> handlersReaching(CodeUnit unit) {
        return handlersReaching.computeIfAbsent(unit, u -> {
            List<Integer> found = new ArrayList<>();
            BitSet reaching = entriesReaching().getOrDefault(u, new BitSet());
            for (int i = reaching.nextSetBit(0); i >= 0; i = reaching.nextSetBit(i + 1)) {
                if (handlers.get(i).startup() == Startup.NONE || handlerWalk(i).reaches(u)) {
                    found.add(i);
                }
            }
            return List.copyOf(found);
        });
    }

    /**
     * For every unit, the handlers whose entries it is or calls, directly or not: their bits carried along the calls
     * until nothing changes, once for all units rather than a walk of each unit's callers.
     */
    private Map<CodeUnit, BitSet> entriesReaching() {
        if (entriesReaching == null) {
            // callers before callees: a unit shared by many handlers passes their bits on once they have all
            // arrived, not once per handler (the fixpoint is the same in any order)
            List<CodeUnit> order = callOrder();
            Map<CodeUnit, Integer> rank = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                rank.put(order.get(i), i);
            }
            BitSet[] bits = new BitSet[order.size()];
            int[][] callees = new int[order.size()][];
            PriorityQueue<Integer> changed = new PriorityQueue<>();
            BitSet queued = new BitSet();
            entries.forEach((unit, indexes) -> {
                int r = rank.get(unit);
                if (bits[r] == null) {
                    bits[r] = new BitSet();
                }
                indexes.forEach(bits[r]::set);
                if (!queued.get(r)) {
                    queued.set(r);
                    changed.add(r);
                }
            });
            BitSet added = new BitSet(); // one scratch set, not a copy per edge
            while (!changed.isEmpty()) {
                int r = changed.poll();
                queued.clear(r);
                if (!firstByUnit.containsKey(order.get(r))) {
                    continue; // its calls are not followed: it runs in no handler's per-invocation walk
                }
                if (callees[r] == null) {
                    callees[r] = executedEdges.getOrDefault(order.get(r), List.of()).stream()
                            .mapToInt(e -> rank.get(e.target())).toArray();
                }
                for (int t : callees[r]) {
                    if (bits[t] == null) {
                        bits[t] = new BitSet();
                    }
                    added.clear();
                    added.or(bits[r]);
                    added.andNot(bits[t]);
                    if (!added.isEmpty()) {
                        bits[t].or(added);
                        if (!queued.get(t)) {
                            queued.set(t);
                            changed.add(t);
                        }
                    }
                }
            }
            entriesReaching = new HashMap<>();
            for (int i = 0; i < bits.length; i++) {
                if (bits[i] != null) {
                    entriesReaching.put(order.get(i), bits[i]);
                }
            }
        }
        return entriesReaching;
    }

    /**
     * The units the entries reach through followed calls, each after its callers where the calls allow (reverse
     * postorder of a depth-first walk; within a cycle, some order).
     */
    private List<CodeUnit> callOrder() {
        List<CodeUnit> postorder = new ArrayList<>();
        Set<CodeUnit> visited = new java.util.HashSet<>();
        for (CodeUnit root : entries.keySet()) {
            if (!visited.add(root)) {
                continue;
            }
            ArrayDeque<CodeUnit> units = new ArrayDeque<>();
            ArrayDeque<java.util.Iterator<Edge>> next = new ArrayDeque<>();
            units.push(root);
            next.push(followedEdges(root));
            while (!units.isEmpty()) {
                java.util.Iterator<Edge> edges = next.peek();
                if (edges.hasNext()) {
                    CodeUnit target = edges.next().target();
                    if (visited.add(target)) {
                        units.push(target);
                        next.push(followedEdges(target));
                    }
                } else {
                    postorder.add(units.pop());
                    next.pop();
                }
            }
        }
        Collections.reverse(postorder);
        return postorder;
    }

    private java.util.Iterator<Edge> followedEdges(CodeUnit unit) {
        return firstByUnit.containsKey(unit) ? executedEdges.getOrDefault(unit, List.of()).iterator()
                : Collections.emptyIterator();
    }

    /** The unit (when {@code self}) and every unit that calls it, directly or not. */
    private Set<CodeUnit> ancestors(CodeUnit unit, boolean self) {
        if (callers == null) {
            callers = new HashMap<>();
            for (CodeUnit caller : firstByUnit.keySet()) {
                for (Edge edge : executedEdges.getOrDefault(caller, List.of())) {
                    callers.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(caller);
                }
            }
        }
        Set<CodeUnit> seen = new java.util.LinkedHashSet<>();
        ArrayDeque<CodeUnit> queue = new ArrayDeque<>();
        if (self) {
            seen.add(unit);
        }
        queue.add(unit);
        while (!queue.isEmpty()) {
            for (CodeUnit caller : callers.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(caller)) {
                    queue.add(caller);
                }
            }
        }
        return seen;
    }

    /** Whether a handler other than {@code handler} calls its entry (not only starts from it). */
    boolean calledByAnotherHandler(Handler handler) {
        CodeUnit entry = entry(handler);
        for (CodeUnit ancestor : ancestors(entry, false)) {
            for (int i : entries.getOrDefault(ancestor, List.of())) {
                Handler other = handlers.get(i);
                if (!other.id().equals(handler.id()) && (other.startup() == Startup.NONE
                        ? !entry(other).equals(entry)
                        : handlerWalk(i).reaches(entry) && !handlerWalk(i).reached(entry).isStart())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The application context whose start makes the reach's unit run per invocation: the nearest call on its chain
     * that starts one (its start-up code is the unit, or calls it). Empty when the chain starts no context.
     */
    public Optional<StartedContext> startedContext(Reach reach) {
        for (Reach at = reach.walked(); at.caller() != null; at = at.caller()) {
            Reach caller = at.caller();
            for (Node node : allNodes(caller.unit())) {
                if (node.getBegin().map(p -> p.line).orElse(caller.unit().line()) != at.callLine()) {
                    continue;
                }
                Optional<ContextStart> start = calls.contextStart(node, caller.unit());
                if (start.isPresent() && calls.targets(node, caller.unit()).contains(at.unit())) {
                    return Optional.of(new StartedContext(start.get(), new CallStep(caller.unit().displayName(),
                            caller.file().relativePath(), at.callLine())));
                }
            }
        }
        return Optional.empty();
    }

    /** The chain and rank of a reach {@link #reachesOf} gave: its handler's own walk to the unit. */
    private Reach resolve(Reach pending) {
        Reach walked = handlerWalk(handlerIndex.get(pending.handler().id())).reached(pending.unit());
        if (walked == null) {
            throw new IllegalStateException(pending + " is not in its handler's walk");
        }
        return walked;
    }

    /** The handler's whole per-invocation walk, ranked, taken as far as asked. */
    private Walk handlerWalk(int i) {
        Walk walk = walks.get(i);
        if (walk == null) {
            Handler handler = handlers.get(i);
            walk = new Walk(invocationStarts(i), executedEdges, this::executedNodes, unit -> List.of(),
                    unit -> !handler.startup().keepsResultOf(unit), Set.of(), (long) i << 32);
            walks.put(i, walk);
        }
        return walk;
    }

    /**
     * The first reach of every unit, handlers in id order. A handler's walk stops at the units an earlier handler
     * that follows every call has walked: all they lead to is that handler's already. So shared code is walked
     * once, not once per handler, and each first reach is the one the handler's whole walk would give (same
     * breadth-first order, same shortest chain).
     */
    private List<Reach> claim() {
        Set<CodeUnit> walked = new java.util.HashSet<>();
        for (int i = 0; i < handlers.size(); i++) {
            Handler handler = handlers.get(i);
            entries.computeIfAbsent(entry(handler), k -> new ArrayList<>()).add(i);
            for (Callbacks.Registration registration : registrations(i)) {
                entries.computeIfAbsent(registration.callback(), k -> new ArrayList<>()).add(i);
            }
            List<Reach> reaches = ranked(walkFrom(invocationStarts(i), executedEdges, this::executedNodes,
                    unit -> List.of(), unit -> !handler.startup().keepsResultOf(unit), walked), (long) i << 32);
            for (Reach reach : reaches) {
                if (firstByUnit.putIfAbsent(reach.unit(), reach) != null || i > 0) {
                    reach.forgetRank(this::resolve); // positions in a shortened walk: the whole walk's, if asked
                }
            }
            if (handler.startup() == Startup.NONE) {
                reaches.forEach(reach -> walked.add(reach.unit()));
            }
        }
        return List.copyOf(firstByUnit.values());
    }

    /**
     * Where a handler's per-invocation walk starts: its entry, and the project code it handed to a library that
     * calls it back per record of the event (see {@link Callbacks}), its chain going through that library call.
     */
    private List<Reach> invocationStarts(int i) {
        Handler handler = handlers.get(i);
        CodeUnit entry = entry(handler);
        Reach start = Reach.start(handler, entry, fileOf(entry));
        List<Reach> starts = new ArrayList<>(List.of(start));
        for (Callbacks.Registration registration : registrations(i)) {
            String path = fileOf(registration.in()).relativePath();
            int line = registration.at().getBegin().map(p -> p.line).orElse(registration.in().line());
            CodeUnit callback = registration.callback();
            starts.add(new Reach(handler, callback, List.of(start.chain().get(0),
                    new CallStep(registration.library(), path, line),
                    new CallStep(callback.displayName(), path, line)), fileOf(callback)));
        }
        return starts;
    }

    private List<Callbacks.Registration> registrations(int i) {
        return registrations.computeIfAbsent(i, k -> findRegistrations(handlers.get(k)));
    }

    /**
     * The callbacks the handler hands to a library anywhere in its class initialisation, its construction, a
     * framework's start-up or its per-invocation code (lazy-init guards included), following calls only into code
     * of its own class and superclasses; and in the class initialisation of each other project class that code
     * calls (a helper whose static field keeps the library object, such as a token verifier), following calls there
     * into that class's own code: what a library object built there calls back runs on every invocation. Looked for
     * only in a project that calls such a library at all.
     */
    private List<Callbacks.Registration> findRegistrations(Handler handler) {
        if (!callbacks.anyInProject()) {
            return List.of();
        }
        List<String> own = index.ancestry(handler.type());
        List<CodeUnit> starts = new ArrayList<>(classInit(handler.type()));
        starts.addAll(calls.construction(handler.type(), 0, handler.type()));
        starts.addAll(handler.startup().units());
        starts.add(entry(handler));
        Set<CodeUnit> seen = new java.util.LinkedHashSet<>(starts);
        Map<CodeUnit, List<String>> within = new HashMap<>(); // a class initialisation: the class it may call into
        ArrayDeque<CodeUnit> queue = new ArrayDeque<>(seen);
        List<Callbacks.Registration> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            CodeUnit unit = queue.poll();
            List<String> followed = within.getOrDefault(unit, own);
            found.addAll(callbacks.in(unit, () -> allNodes(unit)));
            for (Edge edge : allEdges.computeIfAbsent(unit, u -> edges(u, this::allNodes, true))) {
                String target = edge.target().ownerType();
                if (followed.contains(target)) {
                    if (seen.add(edge.target())) {
                        within.put(edge.target(), followed);
                        queue.add(edge.target());
                    }
                } else if (index.contains(target)) {
                    List<String> theirs = index.ancestry(target);
                    for (CodeUnit init : classInit(target)) {
                        if (seen.add(init)) {
                            within.put(init, theirs);
                            queue.add(init);
                        }
                    }
                }
            }
        }
        return found.isEmpty() ? List.of() : found;
    }

    /** A node of per-invocation code that may run a callee, and the unit it is in. */
    public record CallSite(CodeUnit caller, Node node) {
    }

    /** The per-invocation nodes whose call, creation or method reference runs {@code callee}, in no set order. */
    public List<CallSite> callSitesOf(Node callee) {
        if (callSites == null) {
            callSites = new IdentityHashMap<>();
            for (CodeUnit caller : firstByUnit.keySet()) {
                for (Edge edge : executedEdges.getOrDefault(caller, List.of())) {
                    callSites.computeIfAbsent(edge.target().declaration(), k -> new ArrayList<>())
                            .add(new CallSite(caller, edge.node()));
                }
            }
        }
        return callSites.getOrDefault(callee, List.of());
    }

    /**
     * One reach per unit that runs at all in some handler's environment (see {@link #everRun}): the first, handlers
     * in id order. Their ranks follow every rank of {@link #reached()}.
     */
    public List<Reach> everRunFirstReaches() {
        Map<CodeUnit, Reach> first = new java.util.LinkedHashMap<>();
        for (Handler handler : handlers) {
            // every call is followed here, so a walk stops where an earlier handler's went (see claim)
            for (Reach reach : everRunWalk(handler, first.keySet())) {
                first.putIfAbsent(reach.unit(), reach);
            }
        }
        return List.copyOf(first.values());
    }

    public CallResolver calls() {
        return calls;
    }

    public ProjectIndex index() {
        return index;
    }

    /** The nodes of a unit that run each time it runs (lazy-init guards and memoized functions left out). */
    public List<Node> executedNodes(CodeUnit unit) {
        return nodeCache.computeIfAbsent(unit.declaration(), d -> executed.nodes(unit));
    }

    /** An analysis several rules ask, built once per model by the first that asks. */
    public synchronized <T> T shared(Class<T> kind, Supplier<T> build) {
        Object known = shared.get(kind);
        if (known == null) {
            known = build.get(); // not computeIfAbsent: building one may ask for another
            shared.put(kind, known);
        }
        return kind.cast(known);
    }

    /** Recognition of the expressions that build caches and memoizing wrappers. */
    public CacheCreations caches() {
        return caches;
    }

    /**
     * Code of a class that runs once per object of it, not once per call: what its methods and constructors do under
     * a lazy-init guard or in a memoizing call on one of the object's own (instance) fields. An object built per
     * invocation therefore runs it on every invocation.
     */
    public List<CachedCode> cachedPerObject(String type) {
        return cachedPerObject.computeIfAbsent(type, this::findCachedPerObject);
    }

    private List<CachedCode> findCachedPerObject(String type) {
        List<CachedCode> result = new ArrayList<>();
        for (String owner : index.ancestry(type)) {
            index.type(owner).ifPresent(declaration -> {
                for (CallableDeclaration<?> callable : declaration.getMethods()) {
                    addCached(calls.unit(callable, owner, type), result);
                }
                for (CallableDeclaration<?> callable : declaration.getConstructors()) {
                    addCached(calls.unit(callable, owner, type), result);
                }
            });
        }
        return result;
    }

    private void addCached(CodeUnit unit, List<CachedCode> result) {
        executedNodes(unit);
        for (ExecutedCode.Cached cached : executed.cached(unit)) {
            if (cached.field() != null && !cached.field().isStatic()) {
                result.add(new CachedCode(unit, cached.code(), cached.field()));
            }
        }
    }

    /** Which field an expression names, and whether its value outlives the invocation. */
    public Fields fields() {
        return fields;
    }

    /** Whether per-invocation code assigns the field (outside lazy-init guards), so it holds no lasting value. */
    public boolean assignedPerInvocation(FieldRef field) {
        if (assignedPerInvocation == null) {
            assignedPerInvocation = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Reach reach : firstReaches()) {
                for (Node node : executedNodes(reach.unit())) {
                    if (node instanceof AssignExpr assign) {
                        fields.of(assign.getTarget(), reach.unit().thisType())
                                .ifPresent(f -> assignedPerInvocation.add(f.variable()));
                    }
                }
            }
        }
        return assignedPerInvocation.contains(field.variable());
    }

    /**
     * Every unit that runs at all in the handler's execution environment, once or per invocation: the class
     * initialisation of the handler and of each class whose code runs, the handler's construction, and what
     * the entry reaches, following calls inside lazy-init guards and memoized functions too. For settings that
     * matter wherever they are made, such as turning keep-alive off.
     */
    public List<Reach> everRun(Handler handler) {
        return everRun.computeIfAbsent(handler.id(), id -> everRunWalk(handler, Set.of()));
    }

    private List<Reach> everRunWalk(Handler handler, Set<CodeUnit> walkedBefore) {
        List<CodeUnit> starts = new ArrayList<>(classInit(handler.type()));
        starts.addAll(calls.construction(handler.type(), 0, handler.type()));
        starts.addAll(handler.startup().units());
        starts.add(entry(handler));
        return ranked(walk(handler, starts, allEdges, this::allNodes, unit -> classInit(unit.ownerType()),
                unit -> true, walkedBefore), EVER_RUN_RANKS | (long) index(handler) << 32);
    }

    private int index(Handler handler) {
        return handlerIndex.getOrDefault(handler.id(), handlers.size());
    }

    private static List<Reach> ranked(List<Reach> reaches, long base) {
        for (int i = 0; i < reaches.size(); i++) {
            reaches.get(i).rank(base | i);
        }
        return reaches;
    }

    /**
     * What runs in the INIT phase of the handler's execution environment, before its first invocation (with
     * SnapStart: before the snapshot is taken): the class initialisation of the handler, its construction, a
     * framework's start-up (its beans' construction and init methods), the given {@code hooks} (CRaC {@code beforeCheckpoint} methods, say), everything they call, guarded code included,
     * and the class initialisation of each class whose code runs. The entry is not part of it.
     */
    public List<Reach> initPhase(Handler handler, List<? extends CallableDeclaration<?>> hooks) {
        List<InitPhase> known = initPhase.computeIfAbsent(handler.id(), id -> new ArrayList<>());
        for (InitPhase phase : known) {
            if (phase.hooks().size() == hooks.size() && java.util.stream.IntStream.range(0, hooks.size())
                    .allMatch(i -> phase.hooks().get(i) == hooks.get(i))) {
                return phase.reached();
            }
        }
        List<CodeUnit> starts = new ArrayList<>(classInit(handler.type()));
        starts.addAll(calls.construction(handler.type(), 0, handler.type()));
        starts.addAll(handler.startup().units());
        starts.addAll(units(hooks));
        List<Reach> reached = ranked(walk(handler, starts, allEdges, this::allNodes,
                unit -> classInit(unit.ownerType()), unit -> true, Set.of()), INIT_RANKS | (long) index(handler) << 32);
        known.add(new InitPhase(List.copyOf(hooks), reached));
        return reached;
    }

    /** An INIT phase walked, with the hooks it was walked with (compared by identity). */
    private record InitPhase(List<? extends CallableDeclaration<?>> hooks, List<Reach> reached) {
    }

    /** Everything the given methods run when called in the handler's environment, guarded code included. */
    public List<Reach> runFrom(Handler handler, List<? extends CallableDeclaration<?>> methods) {
        return ranked(walk(handler, units(methods), allEdges, this::allNodes, unit -> List.of(), unit -> true,
                Set.of()), RUN_FROM_RANKS | (long) index(handler) << 32);
    }

    private List<CodeUnit> units(List<? extends CallableDeclaration<?>> callables) {
        List<CodeUnit> units = new ArrayList<>();
        for (CallableDeclaration<?> callable : callables) {
            String owner = index.nameOf(enclosingType(callable));
            units.add(calls.unit(callable, owner, owner));
        }
        return units;
    }

    /** Every node of a unit, those {@link #executedNodes} leaves out included. */
    public List<Node> allNodes(CodeUnit unit) {
        // the ever-run walk takes a unit's calls from them, and rules then visit the same units' nodes again
        return allNodesCache.computeIfAbsent(unit.declaration(),
                d -> Collections.unmodifiableList(executed.all(unit)));
    }

    private CodeUnit entry(Handler handler) {
        String owner = index.nameOf(enclosingType(handler.entry()));
        if (handler.entry() instanceof LambdaExpr lambda) {
            // a function a framework bean returns: named after the bean, as the framework knows it
            return new CodeUnit(lambda, owner, handler.runtimeType(), index.displayName(handler.type()) + "."
                    + handler.method());
        }
        return calls.unit((CallableDeclaration<?>) handler.entry(), owner, handler.runtimeType());
    }

    /** A call from a unit: the unit it runs and the line of the call. */
    private record Edge(CodeUnit target, Node node, int line) {
    }

    /**
     * Breadth first from the starts, so that each unit carries a shortest call chain. What a unit calls is resolved
     * once per unit and node selection ({@code nodes}) and shared by every handler that reaches it: handlers over a
     * shared library cost a walk of the graph each, not a resolution of its calls each.
     */
    private List<Reach> walk(Handler handler, List<CodeUnit> starts, Map<CodeUnit, List<Edge>> edges,
                             Function<CodeUnit, List<Node>> nodes, Function<CodeUnit, List<CodeUnit>> alsoRuns,
                             Predicate<CodeUnit> followed, Set<CodeUnit> walkedBefore) {
        List<Reach> startReaches = new ArrayList<>();
        for (CodeUnit start : starts) {
            if (!walkedBefore.contains(start)) {
                startReaches.add(Reach.start(handler, start, fileOf(start)));
            }
        }
        return walkFrom(startReaches, edges, nodes, alsoRuns, followed, walkedBefore);
    }

    /** As {@link #walk}, from start reaches that carry their own chains. */
    private List<Reach> walkFrom(List<Reach> starts, Map<CodeUnit, List<Edge>> edges,
                                 Function<CodeUnit, List<Node>> nodes, Function<CodeUnit, List<CodeUnit>> alsoRuns,
                                 Predicate<CodeUnit> followed, Set<CodeUnit> walkedBefore) {
        return new ArrayList<>(new Walk(starts, edges, nodes, alsoRuns, followed, walkedBefore, -1).all().values());
    }

    /**
     * A breadth-first walk ({@link #walk}) that goes only as far as it is asked: a unit's reach is known once the
     * walk has taken it from its queue, in the same order and with the same chain as the whole walk would, and, when
     * ranked, the rank of its place in that order.
     */
    private final class Walk {
        private final Map<CodeUnit, List<Edge>> edges;
        private final Function<CodeUnit, List<Node>> nodes;
        private final Function<CodeUnit, List<CodeUnit>> alsoRuns;
        private final Predicate<CodeUnit> followed;
        private final Set<CodeUnit> walkedBefore;
        private final long rankBase;
        private final Map<CodeUnit, Reach> seen = new HashMap<>();
        private final ArrayDeque<Reach> queue = new ArrayDeque<>();
        private final Map<CodeUnit, Reach> taken = new java.util.LinkedHashMap<>();

        /** @param rankBase the rank of the first unit taken, the next ones following it; negative: not ranked */
        Walk(List<Reach> starts, Map<CodeUnit, List<Edge>> edges, Function<CodeUnit, List<Node>> nodes,
             Function<CodeUnit, List<CodeUnit>> alsoRuns, Predicate<CodeUnit> followed, Set<CodeUnit> walkedBefore,
             long rankBase) {
            this.edges = edges;
            this.nodes = nodes;
            this.alsoRuns = alsoRuns;
            this.followed = followed;
            this.walkedBefore = walkedBefore;
            this.rankBase = rankBase;
            for (Reach start : starts) {
                if (!seen.containsKey(start.unit()) && !walkedBefore.contains(start.unit())) {
                    seen.put(start.unit(), start);
                    queue.add(start);
                }
            }
        }

        /** Every unit the walk reaches, in the order taken. */
        Map<CodeUnit, Reach> all() {
            while (step()) {
                // walked to the end
            }
            return taken;
        }

        /** Whether the walk reaches the unit. */
        boolean reaches(CodeUnit unit) {
            while (!seen.containsKey(unit) && step()) {
                // until found or walked to the end
            }
            return seen.containsKey(unit);
        }

        /** The unit's reach, with its rank; null when the walk does not reach it. */
        Reach reached(CodeUnit unit) {
            if (!reaches(unit)) {
                return null;
            }
            while (!taken.containsKey(unit) && step()) {
                // a unit seen is taken before the queue runs out
            }
            return taken.get(unit);
        }

        private boolean step() {
            Reach reach = queue.poll();
            if (reach == null) {
                return false;
            }
            if (rankBase >= 0) {
                reach.rank(rankBase | taken.size());
            }
            taken.put(reach.unit(), reach);
            for (CodeUnit target : alsoRuns.apply(reach.unit())) {
                if (!walkedBefore.contains(target)) {
                    follow(reach, target, reach.unit().line(), seen, queue);
                }
            }
            for (Edge edge : edges.computeIfAbsent(reach.unit(), unit -> edges(unit, nodes, edges == allEdges))) {
                if (followed.test(edge.target()) && !walkedBefore.contains(edge.target())) {
                    follow(reach, edge.target(), edge.line(), seen, queue);
                }
            }
            return true;
        }
    }

    private List<Edge> edges(CodeUnit unit, Function<CodeUnit, List<Node>> nodes, boolean allOfUnit) {
        // every node's calls are resolved once: the per-invocation ones, when known, serve the whole unit's too
        Set<Node> resolved = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, List<Edge>> known = new IdentityHashMap<>();
        List<Edge> executed = executedEdges.get(unit);
        if (allOfUnit && executed != null) {
            for (Node node : executedNodes(unit)) {
                if (CallResolver.mayCall(node)) {
                    resolved.add(node);
                }
            }
            executed.forEach(e -> known.computeIfAbsent(e.node(), k -> new ArrayList<>()).add(e));
        }
        List<Edge> edges = new ArrayList<>();
        for (Node node : nodes.apply(unit)) {
            if (!CallResolver.mayCall(node)) {
                continue;
            }
            if (resolved.contains(node)) {
                edges.addAll(known.getOrDefault(node, List.of()));
                continue;
            }
            for (CodeUnit target : calls.targets(node, unit)) {
                edges.add(new Edge(target, node, node.getBegin().map(p -> p.line).orElse(unit.line())));
            }
        }
        return edges.isEmpty() ? List.of() : edges;
    }

    private void follow(Reach from, CodeUnit target, int line, Map<CodeUnit, Reach> seen, ArrayDeque<Reach> queue) {
        if (!seen.containsKey(target)) {
            Reach reach = Reach.calledFrom(from, target, line, fileOf(target));
            seen.put(target, reach);
            queue.add(reach);
        }
    }

    /** The static initialisers and static field initialisers of a class and its project superclasses. */
    private List<CodeUnit> classInit(String type) {
        return classInits.computeIfAbsent(type, this::classInitOf);
    }

    private List<CodeUnit> classInitOf(String type) {
        List<CodeUnit> units = new ArrayList<>();
        for (String owner : index.ancestry(type)) {
            index.type(owner).ifPresent(declaration -> {
                for (BodyDeclaration<?> member : declaration.getMembers()) {
                    if (member instanceof FieldDeclaration f && f.isStatic()
                            && f.getVariables().stream().anyMatch(v -> v.getInitializer().isPresent())
                            || member instanceof InitializerDeclaration i && i.isStatic()) {
                        units.add(new CodeUnit(member, owner, owner, index.displayName(owner) + ".<clinit>"));
                    }
                }
            });
        }
        return units;
    }

    private SourceFile fileOf(CodeUnit unit) {
        return files.computeIfAbsent(unit, u -> index.fileOf(enclosingType(u.declaration())));
    }

    private TypeDeclaration<?> enclosingType(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && index.nameOf(type) != null) {
                return type;
            }
        }
        throw new IllegalStateException("code outside any indexed type");
    }
}
