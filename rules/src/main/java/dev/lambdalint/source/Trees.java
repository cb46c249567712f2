package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Walks of a syntax tree, in the order JavaParser's own {@code walk} and {@code findAll} give (a node,
 * then its children in order), without their costs: JavaParser's walk pushes every node on a synchronized
 * {@code Stack} and wraps every child list, and the analysis walks millions of nodes per run. Iterative, so a
 * deeply nested expression cannot overflow the call stack.
 */
public final class Trees {
    private static final VarHandle PARENT = NodeFields.handle(Node.class, "parentNode", Node.class);

    private Trees() {
    }

    /**
     * The compilation unit a node is in, or null: {@code findCompilationUnit} without an {@code Optional} per step
     * up, for the lookups the model makes millions of times.
     */
    public static CompilationUnit unitOf(Node node) {
        if (PARENT == null) {
            return node.findCompilationUnit().orElse(null);
        }
        Node root = node;
        for (Node up = (Node) PARENT.get(root); up != null; up = (Node) PARENT.get(root)) {
            root = up;
        }
        return root instanceof CompilationUnit unit ? unit : null;
    }

    /** The package of the file a node is in: "" in the default package or outside any file. */
    public static String packageOf(Node node) {
        CompilationUnit unit = unitOf(node);
        return unit == null ? "" : unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    /** The position of the argument among the call's arguments (by identity), -1 when it is none of them. */
    public static int argumentIndex(NodeWithArguments<?> call, Expression argument) {
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (call.getArguments().get(i) == argument) {
                return i;
            }
        }
        return -1;
    }

    /** The outermost type declaration around the node: the top-level type whose code it is. */
    public static TypeDeclaration<?> topLevelType(Node node) {
        TypeDeclaration<?> top = null;
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                top = type;
            }
        }
        return top;
    }

    /**
     * The name a field named by the expression would have ({@code x}, {@code this.x}, {@code T.x}, in parentheses
     * too): only a field of that name can be meant. Null for an expression that cannot name a field.
     */
    public static String nameWritten(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e instanceof NameExpr name ? name.getNameAsString()
                : e instanceof FieldAccessExpr access ? access.getNameAsString() : null;
    }

    /**
     * The name an expression comes down to through parentheses, casts and calls on it ({@code key.append(a)
     * .append(b)}: {@code key}), as {@link #nameWritten} gives it; null for none.
     */
    public static String receiverName(Expression expression) {
        Expression e = expression;
        while (true) {
            if (e instanceof EnclosedExpr enclosed) {
                e = enclosed.getInner();
            } else if (e instanceof CastExpr cast) {
                e = cast.getExpression();
            } else if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
                e = call.getScope().get();
            } else {
                return nameWritten(e);
            }
        }
    }

    /** The outermost call of the method chain the expression is the innermost receiver of ({@code e.a().b()}). */
    public static Expression chainTop(Expression start) {
        Expression top = start;
        while (top.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().orElse(null) == top) {
            top = call;
        }
        return top;
    }

    /** Hands {@code root} and every node under it to {@code visit}, in pre-order. */
    public static void walk(Node root, Consumer<Node> visit) {
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            visit.accept(node);
            List<Node> children = node.getChildNodes();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
    }

    /**
     * {@code root} and every node under it in post-order (children first, in order), as JavaParser's post-order walk
     * gives them: a pre-order that takes children last to first, reversed.
     */
    public static List<Node> postOrder(Node root) {
        List<Node> nodes = new ArrayList<>();
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            nodes.add(node);
            for (Node child : node.getChildNodes()) {
                pending.push(child);
            }
        }
        Collections.reverse(nodes);
        return nodes;
    }

    /** The nodes of this kind at or under {@code root}, in pre-order. */
    public static <T extends Node> List<T> findAll(Node root, Class<T> kind) {
        List<T> found = new ArrayList<>();
        walk(root, node -> {
            if (kind.isInstance(node)) {
                found.add(kind.cast(node));
            }
        });
        return found;
    }

    /** The nodes of this kind at or under {@code root} that pass {@code test}, in pre-order. */
    public static <T extends Node> List<T> findAll(Node root, Class<T> kind, Predicate<T> test) {
        List<T> found = new ArrayList<>();
        walk(root, node -> {
            if (kind.isInstance(node) && test.test(kind.cast(node))) {
                found.add(kind.cast(node));
            }
        });
        return found;
    }
}
