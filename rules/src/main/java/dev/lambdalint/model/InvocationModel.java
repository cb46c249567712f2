package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.lambdalint.CallStep;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What runs per invocation: for each handler, every project code unit its entry reaches, breadth first so that
 * each unit carries a shortest call chain. Everything else (static and instance initialisers of the handler,
 * its constructors and what only they call, lazy-init guards, code no handler reaches) is not per-invocation
 * and is not judged by the rules.
 */
public final class InvocationModel {
    private final ProjectIndex index;
    private final CallResolver calls;
    private final ExecutedCode executed;
    private final List<Handler> handlers;
    private final List<Reach> reached = new ArrayList<>();
    private final Map<Node, List<Node>> nodeCache = new IdentityHashMap<>();

    public InvocationModel(ProjectIndex index, Catalog catalog, List<Handler> handlers) {
        this.index = index;
        this.calls = new CallResolver(index);
        this.executed = new ExecutedCode(calls, catalog);
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

    private void explore(Handler handler) {
        String owner = index.nameOf(enclosingType(handler.entry()));
        CodeUnit entry = calls.unit(handler.entry(), owner, handler.type());
        Map<CodeUnit, List<CallStep>> chains = new LinkedHashMap<>();
        ArrayDeque<CodeUnit> queue = new ArrayDeque<>();
        chains.put(entry, List.of(new CallStep(entry.displayName(), fileOf(entry).relativePath(), entry.line())));
        queue.add(entry);
        while (!queue.isEmpty()) {
            CodeUnit unit = queue.poll();
            SourceFile file = fileOf(unit);
            reached.add(new Reach(handler, unit, chains.get(unit), file));
            for (Node node : executedNodes(unit)) {
                for (CodeUnit target : calls.targets(node, unit)) {
                    if (!chains.containsKey(target)) {
                        int line = node.getBegin().map(p -> p.line).orElse(unit.line());
                        List<CallStep> chain = new ArrayList<>(chains.get(unit));
                        chain.add(new CallStep(target.displayName(), file.relativePath(), line));
                        chains.put(target, List.copyOf(chain));
                        queue.add(target);
                    }
                }
            }
        }
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
