package dev.lambdalint.deploy;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;

/**
 * One call of a helper method of a CDK app ({@code createFunction(vpc, code, "Orders", "com.acme.Orders", ...)}):
 * while the helper's body is read for that call, its parameters stand for the call's arguments, which are read in
 * the caller's frame. The caller is null where the call is in code that no helper frame encloses (a stack's
 * constructor, a method nobody in the app calls).
 */
record CdkFrame(MethodDeclaration method, MethodCallExpr call, CdkFrame caller) {

    /** The argument the call hands to a parameter of the helper. */
    Optional<Expression> argument(String parameter) {
        for (int i = 0; i < method.getParameters().size() && i < call.getArguments().size(); i++) {
            if (method.getParameter(i).getNameAsString().equals(parameter)) {
                return Optional.of(call.getArgument(i));
            }
        }
        return Optional.empty();
    }

    int depth() {
        return caller == null ? 1 : caller.depth() + 1;
    }

    /** Whether a call lies on this frame's chain of calls. */
    boolean passesThrough(MethodCallExpr site) {
        for (CdkFrame f = this; f != null; f = f.caller) {
            if (f.call == site) {
                return true;
            }
        }
        return false;
    }
}
