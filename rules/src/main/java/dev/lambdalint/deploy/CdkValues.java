package dev.lambdalint.deploy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a CDK app's source gives its properties, as far as they can be worked out without running it: string
 * and number literals and their concatenation, constants ({@code static final} fields, here or in another class
 * of the app), local variables and fields with one value, {@code Duration.seconds(30)} (also minutes and hours)
 * in seconds, and constructs and their attributes ({@code queue.getQueueUrl()}) as references. Anything else is
 * unknown, with the code that computes it.
 */
final class CdkValues {
    private static final int MAX_DEPTH = 12;
    private static final Map<String, Integer> DURATION_SECONDS = Map.of("seconds", 1, "minutes", 60, "hours", 3600);

    /** Where construct references point, and the app's other classes, for constants declared there. */
    interface Context {
        Optional<Value.ResourceRef> reference(Expression construct);

        Optional<VariableDeclarator> constant(String type, String field);
    }

    private final Context context;

    CdkValues(Context context) {
        this.context = context;
    }

    Value eval(Expression expression) {
        return eval(expression, 0);
    }

    private Value eval(Expression expression, int depth) {
        Expression e = CdkChain.unwrap(expression);
        if (depth > MAX_DEPTH) {
            return unknown(e);
        }
        Optional<Value.ResourceRef> reference = context.reference(e);
        if (reference.isPresent()) {
            return reference.get();
        }
        if (e instanceof StringLiteralExpr s) {
            return new Value.Literal(s.asString());
        }
        if (e instanceof TextBlockLiteralExpr t) {
            return new Value.Literal(t.asString());
        }
        if (e instanceof IntegerLiteralExpr || e instanceof LongLiteralExpr || e instanceof DoubleLiteralExpr) {
            return new Value.Literal(e.toString().replace("_", "").replaceAll("[lLdDfF]$", ""));
        }
        if (e instanceof BooleanLiteralExpr b) {
            return new Value.Literal(String.valueOf(b.getValue()));
        }
        if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Value left = eval(binary.getLeft(), depth + 1);
            Value right = eval(binary.getRight(), depth + 1);
            return left instanceof Value.Literal l && right instanceof Value.Literal r
                    ? new Value.Literal(l.text() + r.text()) : unknown(e);
        }
        if (e instanceof MethodCallExpr call) {
            return call(call, depth);
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return valueOf(e).map(v -> eval(v, depth + 1)).orElse(unknown(e));
        }
        return unknown(e);
    }

    private Value call(MethodCallExpr call, int depth) {
        String name = call.getNameAsString();
        if (call.getScope().filter(s -> s.toString().equals("Duration")).isPresent()
                && DURATION_SECONDS.containsKey(name) && call.getArguments().size() == 1) {
            Value amount = eval(call.getArgument(0), depth + 1);
            try {
                return amount.literal().map(a -> (Value) new Value.Literal(String.valueOf(
                        Math.multiplyExact(Long.parseLong(a.trim()), DURATION_SECONDS.get(name))))).orElse(amount);
            } catch (NumberFormatException | ArithmeticException ex) {
                return unknown(call);
            }
        }
        if (name.equals("toString") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return eval(call.getScope().get(), depth + 1);
        }
        if (name.startsWith("get") && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            Optional<Value.ResourceRef> construct = context.reference(CdkChain.unwrap(call.getScope().get()));
            if (construct.isPresent()) {
                Value.ResourceRef ref = construct.get();
                return new Value.ResourceRef(ref.scope(), ref.logicalId(), ref.type(), name.substring(3));
            }
        }
        return unknown(call);
    }

    /**
     * The expression a name stands for: a local variable's initializer (a parameter stands for anything), a
     * field's initializer or its one assignment, or a constant of another class of the app.
     */
    Optional<Expression> valueOf(Expression name) {
        if (name instanceof FieldAccessExpr access && !(access.getScope() instanceof ThisExpr)) {
            return context.constant(access.getScope().toString(), access.getNameAsString())
                    .flatMap(VariableDeclarator::getInitializer);
        }
        String variable = name instanceof NameExpr n ? n.getNameAsString()
                : ((FieldAccessExpr) name).getNameAsString();
        boolean local = name instanceof NameExpr;
        for (Node scope = name.getParentNode().orElse(null); local && scope != null;
             scope = scope.getParentNode().orElse(null)) {
            if (scope instanceof CallableDeclaration<?> || scope instanceof LambdaExpr) {
                if (parameters(scope).stream().anyMatch(p -> p.getNameAsString().equals(variable))) {
                    return Optional.empty();
                }
                Optional<VariableDeclarator> declared = scope.findAll(VariableDeclarator.class).stream()
                        .filter(v -> v.getNameAsString().equals(variable) && !(v.getParentNode().orElse(null)
                                instanceof FieldDeclaration)).findFirst();
                if (declared.isPresent()) {
                    Node callable = scope;
                    return declared.get().getInitializer().or(() -> assigned(variable, callable));
                }
            }
            if (scope instanceof TypeDeclaration<?>) {
                break;
            }
        }
        return field(name, variable);
    }

    private Optional<Expression> field(Node at, String variable) {
        for (Node scope = at; scope != null; scope = scope.getParentNode().orElse(null)) {
            if (scope instanceof TypeDeclaration<?> type) {
                Optional<VariableDeclarator> field = type.getFieldByName(variable)
                        .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(variable))
                                .findFirst());
                if (field.isPresent()) {
                    return field.get().getInitializer().or(() -> assigned(variable, type));
                }
            }
        }
        return Optional.empty();
    }

    /** The value of the one assignment to a name in a scope ({@code this.queue = new Queue(...)}). */
    private static Optional<Expression> assigned(String variable, Node scope) {
        List<AssignExpr> assignments = scope.findAll(AssignExpr.class).stream()
                .filter(a -> a.getOperator() == AssignExpr.Operator.ASSIGN)
                .filter(a -> a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(variable)
                        || a.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        && f.getNameAsString().equals(variable))
                .toList();
        return assignments.size() == 1 ? Optional.of(assignments.get(0).getValue()) : Optional.empty();
    }

    private static List<Parameter> parameters(Node callable) {
        if (callable instanceof CallableDeclaration<?> c) {
            return c.getParameters();
        }
        return callable instanceof LambdaExpr l ? l.getParameters() : List.of();
    }

    private static Value unknown(Expression e) {
        String code = e.toString().replaceAll("\\s+", " ");
        return new Value.Unknown("computed in the CDK app: " + (code.length() > 80 ? code.substring(0, 77) + "..."
                : code));
    }
}
