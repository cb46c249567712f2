package dev.lambdalint.check.tmpfiles;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.Unwrapped;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.TempFileCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a path or file name expression is, as far as the code shows: whether it lies in the temporary directory
 * ({@code "/tmp/..."}, {@code java.io.tmpdir}, a path built from one, a file the temp-file calls create), whether
 * its name changes from one invocation to the next (anything not written out or constant: a request id, a key from
 * the event, a UUID, a parameter that call sites give different values), and whether it comes from a temp-file
 * call. Locals, constant fields, project methods' return values and helper parameters are followed.
 */
final class TmpPaths {
    private static final int MAX_DEPTH = 8;
    private static final String SYSTEM = "java.lang.System";

    /** A path's shape: in /tmp, named per invocation, made by a temp-file call. */
    record Shape(boolean tmp, boolean varying, boolean created) {
        static final Shape CONSTANT = new Shape(false, false, false);
        static final Shape UNKNOWN = new Shape(false, true, false);

        Shape and(Shape other) {
            return new Shape(tmp && other.tmp, varying || other.varying, created || other.created);
        }
    }

    private final InvocationModel model;
    private final CallPatterns patterns;
    private final TempFileCatalog catalog;
    private final Handler handler;

    TmpPaths(InvocationModel model, CallPatterns patterns, TempFileCatalog catalog, Handler handler) {
        this.model = model;
        this.patterns = patterns;
        this.catalog = catalog;
        this.handler = handler;
    }

    Shape of(Expression expression, CodeUnit unit) {
        return of(expression, unit, 0);
    }

    /** The temp-file call the node is, if it is one. */
    Optional<TempFileCatalog.TempCreate> creates(Node node, CodeUnit unit) {
        for (TempFileCatalog.TempCreate create : catalog.creates()) {
            if (patterns.matches(node, unit, create.call())) {
                return Optional.of(create);
            }
        }
        return Optional.empty();
    }

    private Shape of(Expression expression, CodeUnit unit, int depth) {
        Expression e = Unwrapped.of(expression);
        if (depth > MAX_DEPTH) {
            return Shape.UNKNOWN;
        }
        if (e instanceof StringLiteralExpr s) {
            return new Shape(underRoot(s.asString()), false, false);
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new Shape(underRoot(t.asString()), false, false);
        }
        if (e instanceof ConditionalExpr c) {
            return of(c.getThenExpr(), unit, depth + 1).and(of(c.getElseExpr(), unit, depth + 1));
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            return components(List.of(b.getLeft(), b.getRight()), unit, depth);
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return variable(e, unit, depth);
        }
        if (e instanceof ObjectCreationExpr creation && patterns.match(creation, unit, catalog.paths()).isPresent()) {
            return components(creation.getArguments(), unit, depth);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, unit, depth);
        }
        return Shape.UNKNOWN;
    }

    private Shape call(MethodCallExpr call, CodeUnit unit, int depth) {
        if (systemCall(call, "getProperty") && call.getArguments().size() == 1
                && call.getArgument(0) instanceof StringLiteralExpr property) {
            return new Shape(catalog.tmpProperties().contains(property.asString()), false, false);
        }
        if (systemCall(call, "getenv")) {
            return Shape.CONSTANT;
        }
        Optional<TempFileCatalog.TempCreate> created = creates(call, unit);
        if (created.isPresent()) {
            Integer directory = created.get().directory();
            boolean tmp = directory == null || directory < call.getArguments().size()
                    && of(call.getArgument(directory), unit, depth + 1).tmp();
            return new Shape(tmp, true, true);
        }
        Optional<CallPattern> path = patterns.match(call, unit, catalog.paths());
        if (path.isPresent()) {
            List<Expression> parts = new ArrayList<>();
            if (path.get().methods().contains(call.getNameAsString())) {
                call.getScope().ifPresent(parts::add);
            }
            parts.addAll(call.getArguments());
            return parts.isEmpty() ? Shape.UNKNOWN : components(parts, unit, depth);
        }
        List<CodeUnit> callees = model.calls().targets(call, unit);
        Shape combined = null;
        for (CodeUnit callee : callees) {
            if (callee.declaration() instanceof MethodDeclaration method) {
                for (ReturnStmt r : Trees.findAll(method, ReturnStmt.class)) {
                    if (r.findAncestor(CallableDeclaration.class).orElse(null) == method
                            && r.getExpression().isPresent()) {
                        Shape one = of(r.getExpression().get(), callee, depth + 1);
                        combined = combined == null ? one : combined.and(one);
                    }
                }
            }
        }
        return combined == null ? Shape.UNKNOWN : combined;
    }

    /** A path made of parts: in /tmp when its first part is, named per invocation when any part is. */
    private Shape components(List<Expression> parts, CodeUnit unit, int depth) {
        Shape first = of(parts.get(0), unit, depth + 1);
        boolean varying = first.varying();
        for (int i = 1; i < parts.size() && !varying; i++) {
            varying = of(parts.get(i), unit, depth + 1).varying();
        }
        return new Shape(first.tmp(), varying, first.created());
    }

    private Shape variable(Expression reference, CodeUnit unit, int depth) {
        Node declaration = model.calls().declarationOf(reference, unit).orElse(null);
        if (declaration instanceof Parameter parameter) {
            return parameter(parameter, depth);
        }
        if (!(declaration instanceof VariableDeclarator variable)) {
            return reference instanceof FieldAccessExpr ? Shape.CONSTANT : Shape.UNKNOWN; // a library constant
        }
        Shape shape = variable.getInitializer().map(i -> of(i, unit, depth + 1)).orElse(null);
        Node body = variable.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(null);
        if (body != null && !(variable.getParentNode().orElse(null)
                instanceof com.github.javaparser.ast.body.FieldDeclaration)) {
            for (AssignExpr assign : Trees.findAll(body, AssignExpr.class)) {
                if (assign.getTarget() instanceof NameExpr n && n.getNameAsString().equals(variable.getNameAsString())
                        && model.calls().declarationOf(n, unit).orElse(null) == variable) {
                    Shape one = of(assign.getValue(), unit, depth + 1);
                    shape = shape == null ? one : shape.and(one);
                }
            }
        }
        return shape == null ? Shape.UNKNOWN : shape;
    }

    /** A helper's parameter: what the per-invocation call sites pass it. */
    private Shape parameter(Parameter parameter, int depth) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)
                || callable == handler.entry()) {
            return Shape.UNKNOWN; // a lambda's element, or the event
        }
        int index = callable.getParameters().indexOf(parameter);
        Shape combined = null;
        for (Reach caller : model.reachedBy(handler)) {
            for (Node node : model.executedNodes(caller.unit())) {
                if (node instanceof NodeWithArguments<?> call && call.getArguments().size() > index
                        && (node instanceof MethodCallExpr || node instanceof ObjectCreationExpr)
                        && model.calls().targets(node, caller.unit()).stream()
                                .anyMatch(t -> t.declaration() == callable)) {
                    Shape one = of(call.getArgument(index), caller.unit(), depth + 1);
                    combined = combined == null ? one : combined.and(one);
                }
            }
        }
        return combined == null ? Shape.UNKNOWN : combined;
    }

    private boolean underRoot(String path) {
        return catalog.tmpRoots().stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
    }

    private static boolean systemCall(MethodCallExpr call, String name) {
        return call.getNameAsString().equals(name) && call.getScope().map(Object::toString)
                .filter(s -> s.equals("System") || s.equals(SYSTEM)).isPresent();
    }

}
