package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an expression carries data of the invocation's event: a parameter of the handler's entry method (its
 * Context aside), a local set from one, or a parameter of a helper that some per-invocation call site passes such
 * data. Where it cannot tell (a lambda's element, a helper with no known call site, a long chain) it answers yes,
 * so that a rule judging only event-independent values stays quiet. {@link #surelyFromEvent} answers the opposite
 * question, for a rule that reports only values it can show come from the event: there, when unsure, no.
 */
public final class EventDependence {
    private static final int MAX_DEPTH = 6;
    private static final int MAX_SURE_DEPTH = 16;

    private final InvocationModel model;
    private final Map<Parameter, Boolean> sureParameters = new IdentityHashMap<>();

    public EventDependence(InvocationModel model) {
        this.model = model;
    }

    public boolean dependsOnEvent(Expression expression, Reach reach) {
        return depends(expression, reach.unit(), reach.handler(), 0);
    }

    /**
     * Whether the value is surely made from the event of whichever handler runs it: a parameter of a handler's
     * entry (its Context aside), a field, element or call result of such a value ({@code event.getPathParameters()
     * .get("id")}, {@code Long.parseLong(id)}), a string built with one, a conditional whose other branch is a
     * literal, a local set only from such values, or a parameter of a method every per-invocation call site of
     * which passes one. Anything else, or a chain too long to follow: no.
     */
    public boolean surelyFromEvent(Expression expression, CodeUnit unit) {
        return sure(expression, unit, 0);
    }

    private boolean sure(Expression expression, CodeUnit unit, int depth) {
        if (depth > MAX_SURE_DEPTH) {
            return false;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return sure(enclosed.getInner(), unit, depth);
        }
        if (expression instanceof CastExpr cast) {
            return sure(cast.getExpression(), unit, depth);
        }
        if (expression instanceof FieldAccessExpr access) {
            return sure(access.getScope(), unit, depth);
        }
        if (expression instanceof MethodCallExpr call) {
            return call.getScope().map(s -> sure(s, unit, depth)).orElse(false)
                    || call.getArguments().stream().anyMatch(a -> sure(a, unit, depth));
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return sure(binary.getLeft(), unit, depth) || sure(binary.getRight(), unit, depth);
        }
        if (expression instanceof ConditionalExpr conditional) {
            Expression then = conditional.getThenExpr();
            Expression otherwise = conditional.getElseExpr();
            return (sure(then, unit, depth) || then instanceof LiteralExpr)
                    && (sure(otherwise, unit, depth) || otherwise instanceof LiteralExpr)
                    && !(then instanceof LiteralExpr && otherwise instanceof LiteralExpr);
        }
        if (!(expression instanceof NameExpr name)) {
            return false;
        }
        Optional<Node> declaration = model.calls().declarationOf(name, unit);
        if (declaration.isPresent() && declaration.get() instanceof Parameter parameter) {
            return parameterSurelyFromEvent(parameter, depth);
        }
        if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator local && isLocal(local)) {
            return localSurelyFromEvent(local, unit, depth);
        }
        return false;
    }

    /** A parameter's answer, once known; false while it is being worked out (a recursive method). */
    private boolean parameterSurelyFromEvent(Parameter parameter, int depth) {
        Boolean known = sureParameters.get(parameter);
        if (known != null) {
            return known;
        }
        sureParameters.put(parameter, false);
        boolean answer = parameterSurely(parameter, depth);
        sureParameters.put(parameter, answer);
        return answer;
    }

    private boolean parameterSurely(Parameter parameter, int depth) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)
                || parameter.isVarArgs() || parameter.getType().asString().endsWith("Context")) {
            return false; // a lambda's parameter: an element of something not followed here
        }
        if (model.handlers().stream().anyMatch(h -> h.entry() == callable)) {
            return true;
        }
        int index = indexOf(parameter, callable);
        List<InvocationModel.CallSite> sites = model.callSitesOf(callable);
        return !sites.isEmpty() && sites.stream().allMatch(site -> site.node() instanceof NodeWithArguments<?> call
                && call.getArguments().size() == callable.getParameters().size()
                && sure(call.getArgument(index), site.caller(), depth + 1));
    }

    private boolean localSurelyFromEvent(VariableDeclarator local, CodeUnit unit, int depth) {
        if (local.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getParentNode().orElse(null) instanceof ForEachStmt loop) {
            return sure(loop.getIterable(), unit, depth + 1);
        }
        if (local.getInitializer().isEmpty() || !sure(local.getInitializer().get(), unit, depth + 1)) {
            return false;
        }
        Node scope = local.findAncestor(CallableDeclaration.class).map(Node.class::cast)
                .or(() -> local.findAncestor(LambdaExpr.class)).orElse(local);
        return Trees.findAll(scope, AssignExpr.class).stream()
                .filter(a -> a.getTarget() instanceof NameExpr target && target.getNameAsString()
                        .equals(local.getNameAsString()))
                .allMatch(a -> a.getOperator() == AssignExpr.Operator.ASSIGN
                        && sure(a.getValue(), unit, depth + 1));
    }

    private boolean depends(Expression expression, CodeUnit unit, Handler handler, int depth) {
        if (depth > MAX_DEPTH) {
            return true;
        }
        for (NameExpr name : Trees.findAll(expression, NameExpr.class)) {
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
        boolean assigned = Trees.findAll(scope, AssignExpr.class).stream()
                .filter(a -> a.getTarget() instanceof NameExpr target && target.getNameAsString()
                        .equals(local.getNameAsString()))
                .anyMatch(a -> depends(a.getValue(), unit, handler, depth + 1));
        // a request or builder filled in by calls on it after it is made: request.withName(name), key.append(id)
        return assigned || Trees.findAll(scope, MethodCallExpr.class).stream()
                .filter(c -> c.getScope().map(Trees::receiverName).filter(local.getNameAsString()::equals).isPresent())
                .anyMatch(c -> c.getArguments().stream().anyMatch(a -> depends(a, unit, handler, depth + 1)));
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
