package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every change of a fix's ops and what they imply: a block left empty takes its {@code finally} or its {@code if}
 * (when the condition has no side effect) with it; a try left with no resource, catch or finally gives way to its
 * body. Nodes are compared by identity, never by equals.
 */
final class TreeChanges {
    private final SourceText text;

    TreeChanges(SourceText text) {
        this.text = text;
    }

    final Map<Long, String> replaces = new LinkedHashMap<>();
    final List<Op.Insert> inserts = new ArrayList<>();
    final Set<Statement> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<TryStmt, List<Op.DropResource>> resources = new IdentityHashMap<>();
    final Set<TryStmt> finallyDropped = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> insertKeys = new HashSet<>();

    void add(Op op) {
        if (op instanceof Op.Replace replace) {
            replaces.put(((long) text.begin(replace.node()) << 32) | text.end(replace.node()), replace.text());
        } else if (op instanceof Op.Insert insert) {
            if (insertKeys.add(insert.offset() + "\0" + insert.text())) {
                inserts.add(insert);
            }
        } else if (op instanceof Op.DropStatement drop) {
            dropped.add(drop.statement());
        } else if (op instanceof Op.DropResource drop) {
            List<Op.DropResource> list = resources.computeIfAbsent(drop.tryStmt(), t -> new ArrayList<>());
            if (list.stream().noneMatch(d -> d.resource() == drop.resource())) {
                list.add(drop);
            }
        }
    }

    /** Blocks left empty take their finally, if or try with them, until nothing more changes. */
    void cascade() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Statement statement : List.copyOf(dropped)) {
                Node parent = statement.getParentNode().orElse(null);
                if (parent instanceof IfStmt ifStmt && ifStmt.getThenStmt() == statement) {
                    changed |= dropIf(ifStmt);
                }
                if (!(parent instanceof BlockStmt block) || !emptied(block)) {
                    continue;
                }
                Node owner = block.getParentNode().orElse(null);
                if (owner instanceof TryStmt tryStmt && tryStmt.getFinallyBlock().orElse(null) == block) {
                    changed |= finallyDropped.add(tryStmt);
                } else if (owner instanceof TryStmt tryStmt && tryStmt.getTryBlock() == block
                        && !tryStmt.getCatchClauses().isEmpty() && !keepsFinally(tryStmt)
                        && !keepsResources(tryStmt)) {
                    changed |= dropped.add(tryStmt);
                } else if (owner instanceof IfStmt ifStmt && ifStmt.getThenStmt() == block) {
                    changed |= dropIf(ifStmt);
                }
            }
            for (TryStmt tryStmt : List.copyOf(finallyDropped)) {
                if (emptied(tryStmt.getTryBlock()) && !keepsResources(tryStmt)
                        && tryStmt.getCatchClauses().isEmpty()) {
                    changed |= dropped.add(tryStmt);
                }
            }
        }
    }

    private boolean dropIf(IfStmt ifStmt) {
        return ifStmt.getElseStmt().isEmpty() && EditRenderer.sideEffectFree(ifStmt.getCondition()) && dropped.add(ifStmt);
    }

    boolean emptied(BlockStmt block) {
        return block.getStatements().stream().allMatch(dropped::contains);
    }

    boolean keepsFinally(TryStmt tryStmt) {
        return tryStmt.getFinallyBlock().isPresent() && !finallyDropped.contains(tryStmt);
    }

    boolean keepsResources(TryStmt tryStmt) {
        List<Op.DropResource> removed = resources.getOrDefault(tryStmt, List.of());
        return tryStmt.getResources().stream().anyMatch(r -> removed.stream().noneMatch(d -> d.resource() == r));
    }

    /** A try that no longer has a resource, a catch or a finally: its body takes its place. */
    boolean unwraps(TryStmt tryStmt) {
        return !keepsResources(tryStmt) && tryStmt.getCatchClauses().isEmpty() && !keepsFinally(tryStmt);
    }

    List<TryStmt> changedTries() {
        List<TryStmt> tries = new ArrayList<>(resources.keySet());
        finallyDropped.stream().filter(t -> !resources.containsKey(t)).forEach(tries::add);
        tries.sort(Comparator.comparingInt(text::begin));
        return tries;
    }

    boolean inDropped(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof Statement s && dropped.contains(s)) {
                return true;
            }
        }
        return false;
    }

    List<Statement> topDropped() {
        return dropped.stream()
                .filter(s -> s.getParentNode().map(p -> !inDropped(p)).orElse(true))
                .sorted(Comparator.comparingInt(text::begin)).toList();
    }

    List<String> declarations(TryStmt tryStmt) {
        return resources.getOrDefault(tryStmt, List.of()).stream()
                .sorted(Comparator.comparingInt(d -> text.begin(d.resource())))
                .map(Op.DropResource::declaration).filter(d -> d != null).toList();
    }
}
