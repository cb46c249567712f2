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
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

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
    private final List<Reach> reached = new ArrayList<>();
    private final Map<Node, List<Node>> nodeCache = new IdentityHashMap<>();
    private final Fields fields;
    private final Map<String, List<Reach>> everRun = new HashMap<>();
    private final Map<CodeUnit, List<Edge>> executedEdges = new HashMap<>();
    private final Map<CodeUnit, List<Edge>> allEdges = new HashMap<>();
    private final Map<CodeUnit, SourceFile> files = new HashMap<>();
    private final Map<String, List<CodeUnit>> classInits = new HashMap<>();
    private Set<VariableDeclarator> assignedPerInvocation;
    private Map<CodeUnit, List<Reach>> byUnit;
    private final Map<String, Integer> handlerIndex = new HashMap<>();
    private Map<Node, List<CallSite>> callSites;
    /** Ranks of {@link #everRun} reaches come after every per-invocation one. */
    private static final long EVER_RUN_RANKS = 1L << 62;

    public InvocationModel(ProjectIndex index, Catalog catalog, List<Handler> handlers) {
        this.index = index;
        this.calls = new CallResolver(index);
        this.executed = new ExecutedCode(calls, catalog);
        this.fields = new Fields(index, calls);
        this.handlers = handlers.stream().sorted(Comparator.comparing(Handler::id)).toList();
        for (int i = 0; i < this.handlers.size(); i++) {
            handlerIndex.putIfAbsent(this.handlers.get(i).id(), i);
        }
        this.handlers.forEach(this::explore);
    }

    public List<Handler> handlers() {
        return handlers;
    }

    /** Every (handler, unit) pair that runs per invocation, handlers in id order, units breadth first. */
    public List<Reach> reached() {
        return reached;
    }

    /**
     * One reach per unit that runs per invocation: the first (lowest ranked) of those of {@link #reached()}. A rule
     * whose verdict on a unit's code does not depend on the handler visits these, not every handler's reach of
     * the same shared code.
     */
    public List<Reach> firstReaches() {
        return List.copyOf(byUnit().values().stream().map(reaches -> reaches.get(0)).toList());
    }

    /** Every reach of the unit, lowest ranked first; empty when no handler runs it per invocation. */
    public List<Reach> reachesOf(CodeUnit unit) {
        return byUnit().getOrDefault(unit, List.of());
    }

    private Map<CodeUnit, List<Reach>> byUnit() {
        if (byUnit == null) {
            byUnit = new java.util.LinkedHashMap<>();
            for (Reach reach : reached) {
                byUnit.computeIfAbsent(reach.unit(), u -> new ArrayList<>(2)).add(reach);
            }
        }
        return byUnit;
    }

    /** A node of per-invocation code that may run a callee, and the unit it is in. */
    public record CallSite(CodeUnit caller, Node node) {
    }

    /** The per-invocation nodes whose call, creation or method reference runs {@code callee}, in no set order. */
    public List<CallSite> callSitesOf(Node callee) {
        if (callSites == null) {
            callSites = new IdentityHashMap<>();
            for (CodeUnit caller : byUnit().keySet()) {
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
        for (int i = 0; i < handlers.size(); i++) {
            List<Reach> walked = everRun.containsKey(handlers.get(i).id()) ? everRun.get(handlers.get(i).id())
                    : everRunWalk(handlers.get(i));
            for (Reach reach : walked) {
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
        return everRun.computeIfAbsent(handler.id(), id -> everRunWalk(handler));
    }

    private List<Reach> everRunWalk(Handler handler) {
        List<CodeUnit> starts = new ArrayList<>(classInit(handler.type()));
        starts.addAll(calls.construction(handler.type(), 0, handler.type()));
        starts.addAll(handler.startup().units());
        starts.add(entry(handler));
        return ranked(walk(handler, starts, allEdges, this::allNodes, unit -> classInit(unit.ownerType()),
                unit -> true), EVER_RUN_RANKS | (long) index(handler) << 32);
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

    /** Every node of a unit, those {@link #executedNodes} leaves out included. */
    public List<Node> allNodes(CodeUnit unit) {
        return executed.all(unit);
    }

    /** What runs per invocation; a framework's kept bean is not built again when per-invocation code asks for it. */
    private void explore(Handler handler) {
        reached.addAll(ranked(walk(handler, List.of(entry(handler)), executedEdges, this::executedNodes,
                unit -> List.of(), unit -> !handler.startup().keepsResultOf(unit)),
                (long) index(handler) << 32));
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
                             Predicate<CodeUnit> followed) {
        Map<CodeUnit, Reach> seen = new HashMap<>();
        ArrayDeque<Reach> queue = new ArrayDeque<>();
        for (CodeUnit start : starts) {
            if (!seen.containsKey(start)) {
                Reach reach = Reach.start(handler, start, fileOf(start));
                seen.put(start, reach);
                queue.add(reach);
            }
        }
        List<Reach> result = new ArrayList<>();
        while (!queue.isEmpty()) {
            Reach reach = queue.poll();
            result.add(reach);
            for (CodeUnit target : alsoRuns.apply(reach.unit())) {
                follow(reach, target, reach.unit().line(), seen, queue);
            }
            for (Edge edge : edges.computeIfAbsent(reach.unit(), unit -> edges(unit, nodes))) {
                if (followed.test(edge.target())) {
                    follow(reach, edge.target(), edge.line(), seen, queue);
                }
            }
        }
        return result;
    }

    private List<Edge> edges(CodeUnit unit, Function<CodeUnit, List<Node>> nodes) {
        List<Edge> edges = new ArrayList<>();
        for (Node node : nodes.apply(unit)) {
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
