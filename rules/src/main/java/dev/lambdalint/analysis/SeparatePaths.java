package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import dev.lambdalint.model.InvocationModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether two nodes of per-invocation code sit on separate paths: the entries of different handlers, or branches
 * that exclude each other (switch cases, the two arms of an if or a conditional, an if arm that returns and the
 * code after it) in the method where the calls leading to them part. Each node is followed up through the
 * per-invocation call sites of its method; where the two meet, every pair of distinct calls leading to them must
 * be so separated. When the walk grows too large it answers no.
 */
public final class SeparatePaths {
    private static final int MAX_METHODS = 200;

    private final InvocationModel model;

    public SeparatePaths(InvocationModel model) {
        this.model = model;
    }

    public boolean separate(Node one, Node other) {
        Optional<Map<Node, List<Node>>> up = upward(one);
        Optional<Map<Node, List<Node>>> otherUp = upward(other);
        if (up.isEmpty() || otherUp.isEmpty()) {
            return false;
        }
        for (Map.Entry<Node, List<Node>> met : up.get().entrySet()) {
            for (Node toOne : met.getValue()) {
                for (Node toOther : otherUp.get().getOrDefault(met.getKey(), List.of())) {
                    if (toOne != toOther && !exclusive(toOne, toOther)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Per declaration (method, constructor, handler lambda) the nodes in it through which the node is reached. */
    private Optional<Map<Node, List<Node>>> upward(Node node) {
        Map<Node, List<Node>> through = new IdentityHashMap<>();
        List<Node> queue = new ArrayList<>();
        add(through, queue, declarationOf(node), node);
        for (int i = 0; i < queue.size(); i++) {
            if (through.size() > MAX_METHODS) {
                return Optional.empty();
            }
            for (InvocationModel.CallSite site : model.callSitesOf(queue.get(i))) {
                add(through, queue, declarationOf(site.node()), site.node());
            }
        }
        return Optional.of(through);
    }

    private static void add(Map<Node, List<Node>> through, List<Node> queue, Node declaration, Node node) {
        List<Node> nodes = through.computeIfAbsent(declaration, d -> {
            queue.add(d);
            return new ArrayList<>();
        });
        if (nodes.stream().noneMatch(n -> n == node)) {
            nodes.add(node);
        }
    }

    private Node declarationOf(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>
                    || n instanceof LambdaExpr lambda && model.handlers().stream().anyMatch(h -> h.entry() == lambda)) {
                return n;
            }
        }
        return node;
    }

    /** Whether, within one declaration, running one node means the other is not run on the same pass. */
    private static boolean exclusive(Node one, Node other) {
        List<Node> oneUp = ancestry(one);
        List<Node> otherUp = ancestry(other);
        int common = 0;
        while (common < oneUp.size() && common < otherUp.size() && oneUp.get(common) == otherUp.get(common)) {
            common++;
        }
        if (common == 0 || common == oneUp.size() || common == otherUp.size()) {
            return false; // one holds the other
        }
        Node meet = oneUp.get(common - 1);
        Node oneSide = oneUp.get(common);
        Node otherSide = otherUp.get(common);
        if (meet instanceof IfStmt ifStmt) {
            return ifStmt.getElseStmt().isPresent() && branchesOf(ifStmt, oneSide, otherSide);
        }
        if (meet instanceof ConditionalExpr conditional) {
            return oneSide != conditional.getCondition() && otherSide != conditional.getCondition();
        }
        if (meet instanceof SwitchStmt || meet instanceof SwitchExpr) {
            return oneSide instanceof SwitchEntry a && otherSide instanceof SwitchEntry b
                    && endsFirst(meet, a, b);
        }
        if (meet instanceof BlockStmt || meet instanceof SwitchEntry) {
            boolean oneFirst = meet.getChildNodes().indexOf(oneSide) < meet.getChildNodes().indexOf(otherSide);
            return oneFirst ? returnsBefore(one, oneSide) : returnsBefore(other, otherSide);
        }
        return false;
    }

    private static boolean branchesOf(IfStmt ifStmt, Node oneSide, Node otherSide) {
        Node then = ifStmt.getThenStmt();
        Node otherwise = ifStmt.getElseStmt().orElseThrow();
        return oneSide == then && otherSide == otherwise || oneSide == otherwise && otherSide == then;
    }

    /** Two entries of a switch: the earlier must not fall through into the later. */
    private static boolean endsFirst(Node switchNode, SwitchEntry a, SwitchEntry b) {
        SwitchEntry first = switchNode.getChildNodes().indexOf(a) < switchNode.getChildNodes().indexOf(b) ? a : b;
        if (first.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
            return true; // case X -> ...: no fall-through
        }
        return first.getStatements().getLast().map(SeparatePaths::exits).orElse(false);
    }

    /**
     * Whether the node lies in an if arm that ends by leaving the method (return, throw), the if being part of
     * {@code statement}: then the code after {@code statement} does not run when the node does.
     */
    private static boolean returnsBefore(Node node, Node statement) {
        for (Node n = node; n != statement && n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof TypeDeclaration<?>) {
                return false; // a return there leaves the lambda or class only
            }
            if (n.getParentNode().orElse(null) instanceof IfStmt ifStmt && n != ifStmt.getCondition()
                    && n instanceof Statement arm && leaves(arm)) {
                return true;
            }
        }
        return false;
    }

    private static boolean leaves(Statement arm) {
        Statement last = arm instanceof BlockStmt block ? block.getStatements().getLast().orElse(null) : arm;
        return last instanceof ReturnStmt || last instanceof ThrowStmt;
    }

    private static boolean exits(Statement statement) {
        return statement instanceof BreakStmt || statement instanceof ReturnStmt || statement instanceof ThrowStmt
                || statement instanceof YieldStmt || statement instanceof ContinueStmt
                || statement instanceof BlockStmt block && block.getStatements().getLast().map(SeparatePaths::exits)
                        .orElse(false);
    }

    private static List<Node> ancestry(Node node) {
        List<Node> up = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            up.add(0, n);
        }
        return up;
    }
}
