package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.lambdalint.source.Trees;
import java.util.Set;

/** Where code closes something: a close call, a try-with-resources resource or a resource's value, by name. */
final class CloseSites {
    private final Set<String> closes;

    CloseSites(Set<String> closes) {
        this.closes = closes;
    }

    boolean isClose(MethodCallExpr call) {
        return closes.contains(call.getNameAsString());
    }

    /** Whether code in {@code scope} closes something by this name: a close call, a resource, a resource's value. */
    boolean closedName(String name, Node scope) {
        for (Node node : Trees.findAll(scope, Node.class)) {
            if (node instanceof MethodCallExpr call && closes.contains(call.getNameAsString())
                    && call.getScope().filter(s -> names(s, name)).isPresent()) {
                return true;
            }
            if (node instanceof TryStmt tryStmt && tryStmt.getResources().stream().anyMatch(r -> names(r, name)
                    || r instanceof VariableDeclarationExpr d && d.getVariables().stream()
                            .anyMatch(v -> v.getInitializer().filter(i -> names(i, name)).isPresent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Expression expression, String name) {
        return expression instanceof NameExpr n && n.getNameAsString().equals(name)
                || expression instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        && f.getNameAsString().equals(name);
    }

    boolean closedLocal(VariableDeclarator local) {
        return closedName(local.getNameAsString(), Planning.body(local));
    }

    static boolean isResource(VariableDeclarator variable) {
        return variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getParentNode().orElse(null) instanceof TryStmt tryStmt
                && tryStmt.getResources().stream().anyMatch(r -> r == declaration);
    }
}
