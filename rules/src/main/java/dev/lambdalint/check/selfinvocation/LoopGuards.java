package dev.lambdalint.check.selfinvocation;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.lambdalint.source.Trees;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a write that would close a loop is bounded on purpose: it runs only while a counter carried along
 * (attempt, retry, depth, hops, receive count) is below a limit, compared in an enclosing {@code if}, loop or
 * conditional, or in an earlier {@code if (...) return;} of the same method.
 */
public final class LoopGuards {
    private static final Pattern COUNTER = Pattern.compile(
            "(?i).*(attempt|retry|retries|depth|hops?|generation|recursion|redrive|receivecount).*");
    private static final Set<BinaryExpr.Operator> COMPARISONS = Set.of(BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);

    private LoopGuards() {
    }

    static boolean guarded(Node call) {
        Node child = call;
        for (Node n = call.getParentNode().orElse(null); n != null && !(child instanceof CallableDeclaration);
             child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof IfStmt s && child != s.getCondition() && comparesCounter(s.getCondition())
                    || n instanceof ConditionalExpr c && child != c.getCondition() && comparesCounter(c.getCondition())
                    || n instanceof WhileStmt w && comparesCounter(w.getCondition())
                    || n instanceof DoStmt d && comparesCounter(d.getCondition())
                    || n instanceof ForStmt f && f.getCompare().map(LoopGuards::comparesCounter).orElse(false)) {
                return true;
            }
            if (n instanceof BlockStmt block && earlyExitBefore(block, child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean earlyExitBefore(BlockStmt block, Node child) {
        for (Statement statement : block.getStatements()) {
            if (statement == child) {
                return false;
            }
            if (statement instanceof IfStmt s && exits(s.getThenStmt()) && comparesCounter(s.getCondition())) {
                return true;
            }
        }
        return false;
    }

    private static boolean exits(Statement statement) {
        Statement last = statement instanceof BlockStmt b && b.getStatements().isNonEmpty()
                ? b.getStatements().getLast().get() : statement;
        return last instanceof ReturnStmt || last instanceof ThrowStmt || last instanceof ContinueStmt
                || last instanceof BreakStmt;
    }

    private static boolean comparesCounter(Expression condition) {
        return Trees.findAll(condition, BinaryExpr.class).stream().filter(b -> COMPARISONS.contains(b.getOperator()))
                .anyMatch(b -> mentionsCounter(b.getLeft()) || mentionsCounter(b.getRight()));
    }

    private static boolean mentionsCounter(Expression side) {
        return Trees.findAll(side, Node.class).stream().anyMatch(n ->
                n instanceof NameExpr name && COUNTER.matcher(name.getNameAsString()).matches()
                || n instanceof FieldAccessExpr field && COUNTER.matcher(field.getNameAsString()).matches()
                || n instanceof MethodCallExpr call && COUNTER.matcher(call.getNameAsString()).matches()
                || n instanceof StringLiteralExpr text && COUNTER.matcher(text.asString()).matches());
    }
}
