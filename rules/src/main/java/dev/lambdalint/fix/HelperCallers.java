package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.SyntaxIndex;
import java.util.List;
import java.util.Optional;

/**
 * The callers of a helper that returns the built value: once the helper returns a shared field, no caller in the
 * project may close what it gets. What a caller does is judged by name, and any doubt counts as a close.
 */
final class HelperCallers {
    private static final int MAX_CALLER_DEPTH = 3;

    private final InvocationModel model;
    private final CloseSites sites;

    HelperCallers(InvocationModel model, CloseSites sites) {
        this.model = model;
        this.sites = sites;
    }

    /** A helper returns the value: every caller of it in the project must leave what it gets open. */
    void returned(Node returning, int depth) {
        MethodDeclaration method = returning.findAncestor(MethodDeclaration.class)
                .orElseThrow(() -> new NoFix("it is returned from code the fix cannot follow"));
        if (Planning.lambdaAround(returning) != null) {
            throw new NoFix("it is returned from a lambda");
        }
        String name = method.getNameAsString();
        SyntaxIndex syntax = model.index().syntax();
        List<MethodReferenceExpr> references = syntax.referencesNamed(name);
        if (!references.isEmpty()) {
            throw new NoFix(references.get(0) + " passes " + name + "() on, so what its callers do with the value is "
                    + "not known");
        }
        for (MethodCallExpr call : syntax.callsNamed(name)) {
            if (arityFits(method, call) && !Planning.within(call, method) && closedByCaller(call, depth)) {
                throw new NoFix("a caller closes what " + name + "() returns (" + where(call) + ")");
            }
        }
    }

    private String where(MethodCallExpr call) {
        String file = model.index().enclosingTypeName(call).flatMap(model.index()::type)
                .map(t -> model.index().fileOf(t).relativePath()).orElse("?");
        return file + ":" + call.getBegin().map(p -> p.line).orElse(0);
    }

    private static boolean arityFits(MethodDeclaration method, MethodCallExpr call) {
        int parameters = method.getParameters().size();
        boolean varArgs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
        return varArgs ? call.getArguments().size() >= parameters - 1 : call.getArguments().size() == parameters;
    }

    /** Whether what this call returns is closed where it is used (by name: any doubt counts as closed). */
    private boolean closedByCaller(Expression call, int depth) {
        Expression top = ValueFlow.outermost(call);
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == top) {
            return sites.isClose(outer);
        }
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == top) {
            if (CloseSites.isResource(variable)) {
                return true;
            }
            Node scope = variable.getParentNode().orElse(null) instanceof FieldDeclaration
                    ? variable.getParentNode().flatMap(Node::getParentNode).orElseThrow() : Planning.body(variable);
            return sites.closedName(variable.getNameAsString(), scope);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == top) {
            Optional<String> target = assign.getTarget() instanceof NameExpr n ? Optional.of(n.getNameAsString())
                    : assign.getTarget() instanceof FieldAccessExpr f ? Optional.of(f.getNameAsString())
                    : Optional.empty();
            Node scope = top.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(Planning.body(top));
            return target.isEmpty() || sites.closedName(target.get(), scope);
        }
        if (parent instanceof ReturnStmt) {
            if (depth >= MAX_CALLER_DEPTH) {
                return true;
            }
            try {
                returned(top, depth + 1);
                return false;
            } catch (NoFix e) {
                return true;
            }
        }
        if (parent instanceof NodeWithArguments<?> && parent instanceof MethodCallExpr m) {
            return m.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("close");
        }
        return false;
    }
}
