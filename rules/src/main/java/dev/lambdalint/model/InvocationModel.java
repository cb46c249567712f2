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
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
    private final Map<String, List<InitPhase>> initPhase = new HashMap<>();
    private Set<VariableDeclarator> assignedPerInvocation;

    public InvocationModel(ProjectIndex index, Catalog catalog, List<Handler> handlers) {
        this.index = index;
        this.calls = new CallResolver(index);
        this.executed = new ExecutedCode(calls, catalog);
        this.fields = new Fields(index, calls);
        this.handlers = handlers.stream().sorted(Comparator.comparing(Handler::id)).toList();
        this.handlers.forEach(this::explore);
    }

    public List<Handler> handlers() {
        return handlers;
    }

    /** Every (handler, unit) pair that runs per invocation, handlers in id order, units breadth first. */
    public List<Reach> reached() {
        return reached;
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
            for (Reach reach : reached) {
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
        return everRun.computeIfAbsent(handler.id(), id -> {
            List<CodeUnit> starts = new ArrayList<>(classInit(handler.type()));
            starts.addAll(calls.construction(handler.type(), 0, handler.type()));
            starts.addAll(handler.startup().units());
            starts.add(entry(handler));
            return walk(handler, starts, this::allNodes, unit -> classInit(unit.ownerType()), unit -> true);
        });
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
        List<Reach> reached = walk(handler, starts, this::allNodes, unit -> classInit(unit.ownerType()),
                unit -> true);
        known.add(new InitPhase(List.copyOf(hooks), reached));
        return reached;
    }

    /** An INIT phase walked, with the hooks it was walked with (compared by identity). */
    private record InitPhase(List<? extends CallableDeclaration<?>> hooks, List<Reach> reached) {
    }

    /** Everything the given methods run when called in the handler's environment, guarded code included. */
    public List<Reach> runFrom(Handler handler, List<? extends CallableDeclaration<?>> methods) {
        return walk(handler, units(methods), this::allNodes, unit -> List.of(), unit -> true);
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
        return executed.all(unit);
    }

    /** What runs per invocation; a framework's kept bean is not built again when per-invocation code asks for it. */
    private void explore(Handler handler) {
        reached.addAll(walk(handler, List.of(entry(handler)), this::executedNodes, unit -> List.of(),
                unit -> !handler.startup().keepsResultOf(unit)));
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

    /** Breadth first from the starts, so that each unit carries a shortest call chain. */
    private List<Reach> walk(Handler handler, List<CodeUnit> starts, Function<CodeUnit, List<Node>> nodes,
                             Function<CodeUnit, List<CodeUnit>> alsoRuns, Predicate<CodeUnit> followed) {
        Map<CodeUnit, List<CallStep>> chains = new LinkedHashMap<>();
        ArrayDeque<CodeUnit> queue = new ArrayDeque<>();
        for (CodeUnit start : starts) {
            if (!chains.containsKey(start)) {
                chains.put(start, List.of(new CallStep(start.displayName(), fileOf(start).relativePath(),
                        start.line())));
                queue.add(start);
            }
        }
        List<Reach> result = new ArrayList<>();
        while (!queue.isEmpty()) {
            CodeUnit unit = queue.poll();
            SourceFile file = fileOf(unit);
            result.add(new Reach(handler, unit, chains.get(unit), file));
            for (CodeUnit target : alsoRuns.apply(unit)) {
                follow(unit, target, unit.line(), file, chains, queue);
            }
            for (Node node : nodes.apply(unit)) {
                for (CodeUnit target : calls.targets(node, unit)) {
                    if (followed.test(target)) {
                        follow(unit, target, node.getBegin().map(p -> p.line).orElse(unit.line()), file, chains,
                                queue);
                    }
                }
            }
        }
        return result;
    }

    private static void follow(CodeUnit from, CodeUnit target, int line, SourceFile file,
                               Map<CodeUnit, List<CallStep>> chains, ArrayDeque<CodeUnit> queue) {
        if (!chains.containsKey(target)) {
            List<CallStep> chain = new ArrayList<>(chains.get(from));
            chain.add(new CallStep(target.displayName(), file.relativePath(), line));
            chains.put(target, List.copyOf(chain));
            queue.add(target);
        }
    }

    /** The static initialisers and static field initialisers of a class and its project superclasses. */
    private List<CodeUnit> classInit(String type) {
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
        return index.fileOf(enclosingType(unit.declaration()));
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
