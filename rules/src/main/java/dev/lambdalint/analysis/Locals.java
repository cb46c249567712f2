package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.lambdalint.source.Trees;

/** What the code around a local variable does to it. */
final class Locals {
    private Locals() {
    }

    /** Whether the method (or lambda's method) around the local assigns a value to a name of the local's. */
    static boolean reassigned(VariableDeclarator local) {
        Node scope = local.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(local);
        return Trees.findAll(scope, AssignExpr.class).stream().anyMatch(a -> a.getTarget() instanceof NameExpr name
                && name.getNameAsString().equals(local.getNameAsString()));
    }
}
