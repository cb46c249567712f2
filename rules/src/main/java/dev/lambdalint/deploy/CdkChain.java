package dev.lambdalint.deploy;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CDK builder chain as Java apps write it, ending in {@code .build()}: {@code Function.Builder.create(this, "Id")
 * .memorySize(2048)...build()}, {@code FunctionProps.builder().handler(...)...build()} or
 * {@code new FunctionProps.Builder().handler(...)...build()}.
 *
 * @param type       the type the chain builds, as written: {@code Function}, {@code FunctionProps}
 * @param arguments  the arguments of {@code create(...)}: the scope and the construct id (empty for props)
 * @param setters    each property set, by name, the last call winning as in the builder
 * @param build      the {@code build()} call
 */
record CdkChain(String type, List<Expression> arguments, Map<String, MethodCallExpr> setters, MethodCallExpr build) {

    /** The chain that a {@code build()} call ends, when it starts as a CDK builder does. */
    static Optional<CdkChain> of(Expression expression) {
        Expression unwrapped = unwrap(expression);
        if (!(unwrapped instanceof MethodCallExpr build) || !build.getNameAsString().equals("build")
                || !build.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Map<String, MethodCallExpr> setters = new HashMap<>();
        Expression current = build.getScope().orElse(null);
        while (current instanceof MethodCallExpr call) {
            Optional<Expression> scope = call.getScope();
            String name = call.getNameAsString();
            if (name.equals("create") && scope.isPresent() && scope.get() instanceof FieldAccessExpr builder
                    && builder.getNameAsString().equals("Builder")) {
                return Optional.of(new CdkChain(builder.getScope().toString(), call.getArguments(), setters, build));
            }
            if (name.equals("builder") && call.getArguments().isEmpty() && scope.isPresent()
                    && !(scope.get() instanceof MethodCallExpr)) {
                return Optional.of(new CdkChain(scope.get().toString(), List.of(), setters, build));
            }
            setters.putIfAbsent(name, call);
            current = scope.orElse(null);
        }
        if (current instanceof ObjectCreationExpr creation && creation.getType().getNameAsString().equals("Builder")
                && creation.getType().getScope().isPresent()) {
            return Optional.of(new CdkChain(creation.getType().getScope().get().getNameWithScope(), creation.getArguments(),
                    setters, build));
        }
        return Optional.empty();
    }

    /** The single argument of a property set, when set. */
    Optional<Expression> argument(String property) {
        MethodCallExpr call = setters.get(property);
        return call == null || call.getArguments().isEmpty() ? Optional.empty()
                : Optional.of(call.getArgument(0));
    }

    static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr enclosed) {
            current = enclosed.getInner();
        }
        if (current.isCastExpr()) {
            return unwrap(current.asCastExpr().getExpression());
        }
        return current;
    }
}
