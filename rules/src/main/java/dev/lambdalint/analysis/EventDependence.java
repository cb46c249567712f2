package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.List;
import java.util.Optional;

/**
 * Whether an expression carries data of the invocation's event: a parameter of the handler's entry method (its
 * Context aside), a local set from one, or a parameter of a helper that some per-invocation call site passes such
 * data. Where it cannot tell (a lambda's element, a helper with no known call site, a long chain) it answers yes,
 * so that a rule judging only event-independent values stays quiet.
 */
public final class EventDependence {
    private static final int MAX_DEPTH = 6;

    private final InvocationModel model;

    public EventDependence(InvocationModel model) {
        this.model = model;
    }

    public boolean dependsOnEvent(Expression expression, Reach reach) {
        return depends(expression, reach.unit(), reach.handler(), 0);
    }

    private boolean depends(Expression expression, CodeUnit unit, Handler handler, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (NameExpr name : expression.findAll(NameExpr.class)) {
            Optional<Node> declaration = model.calls().declarationOf(name, unit);
            if (declaration.isEmpty() || isInside(declaration.get(), expression)) {
                continue; // a type name (System.getenv), or a lambda's own parameter (r -> r.name(...))
            }
            if (declaration.get() instanceof Parameter parameter
                    && parameterCarriesEvent(parameter, handler, depth)) {
                return true;
            }
            if (declaration.get() instanceof VariableDeclarator local && isLocal(local)
                    && localCarriesEvent(local, unit, handler, depth)) {
                return true;
            }
        }
        return false;
    }

    private boolean parameterCarriesEvent(Parameter parameter, Handler handler, int depth) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)) {
            return true; // a lambda's parameter: an element of something we cannot follow
        }
        if (parameter.getType().asString().endsWith("Context")) {
            return false;
        }
        if (callable == handler.entry()) {
            return true;
        }
        int index = indexOf(parameter, callable);
        boolean called = false;
        // the answer is the same whatever order the call sites are looked at in
        for (InvocationModel.CallSite site : model.callSitesOf(callable)) {
            if (!model.runs(handler, site.caller())) {
                continue;
            }
            if (!(site.node() instanceof NodeWithArguments<?> call)) {
                return true; // a method reference: the arguments come from elsewhere
            }
            called = true;
            List<Expression> arguments = call.getArguments();
            int last = parameter.isVarArgs() ? arguments.size() - 1 : index;
            if (last >= arguments.size() || last < index) {
                return true;
            }
            for (int i = index; i <= last; i++) {
                if (depends(arguments.get(i), site.caller(), handler, depth + 1)) {
                    return true;
                }
            }
        }
        return !called;
    }

    private boolean localCarriesEvent(VariableDeclarator local, CodeUnit unit, Handler handler, int depth) {
        if (local.getInitializer().map(i -> depends(i, unit, handler, depth + 1)).orElse(false)) {
            return true;
        }
        if (local.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getParentNode().orElse(null) instanceof ForEachStmt loop
                && depends(loop.getIterable(), unit, handler, depth + 1)) {
            return true;
        }
        Node scope = local.findAncestor(CallableDeclaration.class).map(Node.class::cast)
                .or(() -> local.findAncestor(LambdaExpr.class)).orElse(local);
        return scope.findAll(AssignExpr.class).stream()
                .filter(a -> a.getTarget() instanceof NameExpr target && target.getNameAsString()
                        .equals(local.getNameAsString()))
                .anyMatch(a -> depends(a.getValue(), unit, handler, depth + 1));
    }

    private static boolean isLocal(VariableDeclarator variable) {
        return variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr;
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(Parameter parameter, CallableDeclaration<?> callable) {
        for (int i = 0; i < callable.getParameters().size(); i++) {
            if (callable.getParameter(i) == parameter) {
                return i;
            }
        }
        return -1;
    }
}
