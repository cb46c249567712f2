package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;

/** Small questions about syntax trees that planning fixes asks in several places. */
final class Planning {
    private Planning() {
    }

    static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The code a node runs in: its method, constructor or initializer (a field's declaration for its initializer). */
    static Node body(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration
                    || n instanceof FieldDeclaration) {
                return n;
            }
        }
        return node.findRootNode();
    }

    /** The lambda between a node and the code it runs in, if any. */
    static LambdaExpr lambdaAround(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr lambda) {
                return lambda;
            }
            if (declaration(n)) {
                return null;
            }
        }
        return null;
    }

    /** Where the code around a node ends: its method, constructor, initializer, field or type. */
    static boolean declaration(Node node) {
        return node instanceof CallableDeclaration<?> || node instanceof InitializerDeclaration
                || node instanceof FieldDeclaration || node instanceof TypeDeclaration<?>;
    }
}
