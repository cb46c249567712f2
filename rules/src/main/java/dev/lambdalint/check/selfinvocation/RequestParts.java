package dev.lambdalint.check.selfinvocation;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.catalog.ServiceWrite;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for an SDK call, the expressions that give a request property (the bucket, the function name, ...):
 * builder and v1 setter calls ({@code .bucket(x)}, {@code .withBucketName(x)}, {@code req.setBucketName(x)}),
 * v1 plain arguments and request constructors, inline or in the consumer-builder lambda, and through the locals,
 * fields and helper methods that hold or build the request.
 */
public final class RequestParts {
    private static final int MAX_DEPTH = 4;

    /** An expression and the code unit it is written in, so that its names resolve there. */
    public record Part(Expression expression, CodeUnit unit) {
    }

    private final InvocationModel model;

    public RequestParts(InvocationModel model) {
        this.model = model;
    }

    /** The target's expressions: the bucket, queue URL, topic ARN, table, stream or function name. */
    public List<Part> target(MethodCallExpr call, CodeUnit unit, ServiceWrite write) {
        List<Part> parts = properties(call, unit, write.target(), write, true);
        receiverFactoryArgument(call, unit, write).ifPresent(parts::add);
        return parts;
    }

    /** The S3 key's expressions. */
    List<Part> key(MethodCallExpr call, CodeUnit unit, ServiceWrite write) {
        return properties(call, unit, write.key(), write, false);
    }

    /** The expressions given to any of the properties, without positional arguments. */
    public List<Part> property(MethodCallExpr call, CodeUnit unit, List<String> properties) {
        return properties(call, unit, properties, null, false);
    }

    private List<Part> properties(MethodCallExpr call, CodeUnit unit, List<String> properties, ServiceWrite write,
                                  boolean target) {
        List<Part> found = new ArrayList<>();
        ServiceWrite.Positional positional = write == null ? null : write.positional();
        int index = positional == null ? -1 : target ? positional.target() : positional.key();
        if (index >= 0 && call.getArguments().size() >= positional.arity()) {
            found.add(new Part(call.getArgument(index), unit));
            return found;
        }
        List<String> setters = ServiceWrite.setters(properties);
        for (Part root : expanded(call, unit)) {
            for (MethodCallExpr setter : Trees.findAll(root.expression(), MethodCallExpr.class)) {
                if (setters.contains(setter.getNameAsString()) && setter.getArguments().size() == 1) {
                    found.add(new Part(setter.getArgument(0), root.unit()));
                }
            }
            if (index >= 0) {
                for (ObjectCreationExpr creation : Trees.findAll(root.expression(), ObjectCreationExpr.class)) {
                    if (write.requestTypes().contains(creation.getType().getNameAsString())
                            && creation.getArguments().size() > index) {
                        found.add(new Part(creation.getArgument(index), root.unit()));
                    }
                }
            }
        }
        return found;
    }

    /** The call's arguments, and what the names in them hold: locals, fields, and helpers' return values. */
    private List<Part> expanded(MethodCallExpr call, CodeUnit unit) {
        List<Part> result = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Part> queue = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        call.getArguments().forEach(a -> {
            queue.add(new Part(a, unit));
            depths.add(0);
        });
        while (!queue.isEmpty()) {
            Part part = queue.poll();
            int depth = depths.poll();
            if (!seen.add(part.expression())) {
                continue;
            }
            result.add(part);
            if (depth >= MAX_DEPTH) {
                continue;
            }
            for (Part next : heldOrBuilt(part)) {
                queue.add(next);
                depths.add(depth + 1);
            }
        }
        return result;
    }

    private List<Part> heldOrBuilt(Part part) {
        List<Part> next = new ArrayList<>();
        List<Expression> references = new ArrayList<>(Trees.findAll(part.expression(), NameExpr.class));
        references.addAll(Trees.findAll(part.expression(), FieldAccessExpr.class));
        for (Expression reference : references) {
            Optional<Node> declaration = model.calls().declarationOf(reference, part.unit());
            if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator variable) {
                variable.getInitializer().ifPresent(i -> next.add(new Part(i, part.unit())));
                setterCallsOn(variable).forEach(c -> next.add(new Part(c, part.unit())));
            }
        }
        for (MethodCallExpr call : Trees.findAll(part.expression(), MethodCallExpr.class)) {
            for (CodeUnit callee : model.calls().targets(call, part.unit())) {
                if (callee.declaration() instanceof MethodDeclaration method) {
                    Trees.findAll(method, ReturnStmt.class).stream().flatMap(r -> r.getExpression().stream())
                            .forEach(r -> next.add(new Part(r, callee)));
                }
            }
        }
        return next;
    }

    /**
     * {@code request.setFunctionName(..)} and the like, on a local request in its method, each with the calls
     * chained after it: a builder kept in a local is often given its properties in one chain,
     * {@code builder.messageBody(body).queueUrl(url);}.
     */
    private static List<MethodCallExpr> setterCallsOn(VariableDeclarator variable) {
        if (!(variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr)) {
            return List.of();
        }
        Optional<Node> scope = variable.findAncestor(CallableDeclaration.class).map(Node.class::cast)
                .or(() -> variable.findAncestor(LambdaExpr.class));
        return scope.map(s -> Trees.findAll(s, MethodCallExpr.class).stream()
                .filter(c -> c.getScope().orElse(null) instanceof NameExpr n
                        && n.getNameAsString().equals(variable.getNameAsString()))
                .map(call -> (MethodCallExpr) Trees.chainTop(call))
                .toList()).orElse(List.of());
    }

    /** An enhanced client's {@code table.putItem(..)}: the table name given where the table was made. */
    private Optional<Part> receiverFactoryArgument(MethodCallExpr call, CodeUnit unit, ServiceWrite write) {
        if (write.receiverFactories().isEmpty() || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression made = call.getScope().get();
        Optional<Node> declaration = model.calls().declarationOf(made, unit);
        if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator variable
                && variable.getInitializer().isPresent()) {
            made = variable.getInitializer().get();
        }
        if (made instanceof MethodCallExpr factory && write.receiverFactories().contains(factory.getNameAsString())
                && !factory.getArguments().isEmpty()) {
            return Optional.of(new Part(factory.getArgument(0), unit));
        }
        return Optional.empty();
    }
}
