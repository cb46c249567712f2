package dev.lambdalint.deploy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import java.util.List;
import java.util.Optional;

/**
 * One call of a helper method of a CDK app ({@code createFunction(vpc, code, "Orders", "com.acme.Orders", ...)}),
 * or one instantiation of a construct class of the app ({@code new OrderService(this, "Orders", props)}, and the
 * {@code this(...)} or {@code super(...)} its constructor hands on to): while the method's or constructor's body
 * is read for that call, its parameters stand for the call's arguments, which are read in the caller's frame. The
 * caller is null where the call is in code that no frame encloses (a stack's constructor, a method nobody in the
 * app calls).
 *
 * @param call a {@code MethodCallExpr}, an {@code ObjectCreationExpr} or an {@code ExplicitConstructorInvocationStmt}
 */
record CdkFrame(CallableDeclaration<?> method, Node call, CdkFrame caller) {

    /** The argument the call hands to a parameter of the helper. */
    Optional<Expression> argument(String parameter) {
        List<Expression> arguments = arguments(call);
        for (int i = 0; i < method.getParameters().size() && i < arguments.size(); i++) {
            if (method.getParameter(i).getNameAsString().equals(parameter)) {
                return Optional.of(arguments.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether this frame reads a construct class's constructor (an instance of it, or its super/this call). */
    boolean constructs() {
        return method instanceof ConstructorDeclaration;
    }

    static List<Expression> arguments(Node call) {
        return call instanceof NodeWithArguments<?> withArguments ? withArguments.getArguments() : List.of();
    }

    int depth() {
        return caller == null ? 1 : caller.depth() + 1;
    }

    /** Whether a call lies on this frame's chain of calls. */
    boolean passesThrough(Node site) {
        for (CdkFrame f = this; f != null; f = f.caller) {
            if (f.call == site) {
                return true;
            }
        }
        return false;
    }
}
