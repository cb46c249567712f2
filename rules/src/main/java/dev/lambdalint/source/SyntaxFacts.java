package dev.lambdalint.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@link SyntaxIndex} takes from one file, gathered node by node while the tree is made (kept after parsing or
 * read back from the cache), so that indexing the project is no second walk of every tree. Nodes come in the order
 * they are built; {@link #inWalkOrder()} puts each list in the pre-order a walk of the tree gives.
 */
public final class SyntaxFacts {
    private static final VarHandle RANGE = NodeFields.handle(Node.class, "range", Range.class);

    /**
     * Pre-order among nodes of one kind: distinct nodes of one kind never share a range (a call's range holds its
     * scope's and its arguments'), so the one that begins first, or ends last when two begin together, comes first.
     */
    private static final Comparator<Node> PRE_ORDER = (a, b) -> {
        Range x = range(a);
        Range y = range(b);
        int begin = compare(x.begin, y.begin);
        return begin != 0 ? begin : compare(y.end, x.end);
    };

    final ArrayList<MethodCallExpr> calls = new ArrayList<>();
    final ArrayList<MethodReferenceExpr> references = new ArrayList<>();
    final ArrayList<LambdaExpr> lambdas = new ArrayList<>();
    final ArrayList<ObjectCreationExpr> anonymousClasses = new ArrayList<>();
    final ArrayList<AssignExpr> assignments = new ArrayList<>();
    final ArrayList<UnaryExpr> increments = new ArrayList<>();
    /** Variables declared with an initializer: a local may alias what its initializer names. */
    final ArrayList<VariableDeclarator> initialized = new ArrayList<>();
    final Set<String> typesWritten = new LinkedHashSet<>();
    final Set<String> annotationsWritten = new LinkedHashSet<>();
    private boolean unplaced;
    private boolean sorted;

    /** The facts of a tree no one gathered them for, by walking it. */
    static SyntaxFacts walked(CompilationUnit unit) {
        SyntaxFacts facts = new SyntaxFacts();
        Trees.walk(unit, facts::add);
        return facts;
    }

    /** Takes one node of the file, in any order. */
    public void add(Node node) {
        if (node instanceof MethodCallExpr call) {
            placed(calls, call);
        } else if (node instanceof MethodReferenceExpr reference) {
            placed(references, reference);
        } else if (node instanceof LambdaExpr lambda) {
            placed(lambdas, lambda);
        } else if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
            placed(anonymousClasses, creation);
        } else if (node instanceof AssignExpr assign) {
            placed(assignments, assign);
        } else if (node instanceof UnaryExpr unary && SyntaxIndex.INCREMENTS.contains(unary.getOperator())) {
            placed(increments, unary);
        } else if (node instanceof VariableDeclarator variable && variable.getInitializer().isPresent()) {
            initialized.add(variable);
        } else if (node instanceof ClassOrInterfaceType type) {
            // the parser's own name string when there is no scope: no new string to build and hash
            typesWritten.add(type.getScope().isEmpty() ? type.getNameAsString() : type.getNameWithScope());
        } else if (node instanceof AnnotationExpr annotation) {
            annotationsWritten.add(annotation.getNameAsString());
        }
    }

    private <T extends Node> void placed(List<T> list, T node) {
        unplaced |= range(node) == null;
        list.add(node);
    }

    /**
     * These facts with every list in walk order (sorted on the first call; a module's files are indexed again by each
     * module that sees them), or, when some node has no range to order it by (a tree not made by the parser),
     * nothing: the caller walks that tree instead.
     */
    synchronized SyntaxFacts inWalkOrder() {
        if (!sorted && !unplaced) {
            for (ArrayList<? extends Node> list : List.of(calls, references, lambdas, anonymousClasses, assignments,
                    increments)) {
                unplaced |= !sortByPlace(list);
                list.trimToSize();
            }
            sorted = true;
        }
        return unplaced ? null : this;
    }

    private static boolean sortByPlace(List<? extends Node> list) {
        list.sort(PRE_ORDER);
        for (int i = 1; i < list.size(); i++) {
            Range previous = range(list.get(i - 1));
            Range range = range(list.get(i));
            if (compare(previous.begin, range.begin) == 0 && compare(previous.end, range.end) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The node's range, read without the {@code Optional} its getter makes: sorting asks for it again and again. */
    private static Range range(Node node) {
        return RANGE != null ? (Range) RANGE.get(node) : node.getRange().orElse(null);
    }

    private static int compare(Position a, Position b) {
        return a.line != b.line ? Integer.compare(a.line, b.line) : Integer.compare(a.column, b.column);
    }
}
