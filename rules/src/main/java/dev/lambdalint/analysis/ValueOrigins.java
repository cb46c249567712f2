package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.catalog.SelfInvocationCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Traces a string the code sends to AWS back to where it comes from: a literal, an environment variable, the
 * function's own name, the S3 event's bucket or key. It follows locals, fields (their initializers and
 * assignments), helper methods' return values and helper parameters (through the call sites the handler runs).
 * What it cannot follow is {@link Origin#UNKNOWN}.
 */
public final class ValueOrigins {
    private static final int MAX_DEPTH = 8;
    private static final int MAX_KEYS = 16;
    private static final Set<String> PASS_THROUGH = Set.of("requireNonNull", "requireNonNullElse", "valueOf",
            "toString", "trim", "strip");

    private final InvocationModel model;
    private final LibraryCalls library;
    private final Handler handler;

    public ValueOrigins(InvocationModel model, SelfInvocationCatalog knowledge, Handler handler) {
        this.model = model;
        this.library = new LibraryCalls(model, knowledge);
        this.handler = handler;
    }

    /** Every place the value may come from. */
    public Set<Origin> of(Expression expression, CodeUnit unit) {
        Set<Origin> origins = new LinkedHashSet<>();
        trace(expression, unit, 0, origins, Collections.newSetFromMap(new IdentityHashMap<>()));
        return origins;
    }

    /**
     * The S3 keys an expression may build, as parts: through concatenations, locals and fields (each value they
     * are given), conditionals, and helper parameters (what each call site that runs in the handler's environment
     * passes).
     */
    public KeyShape keyShape(Expression expression, CodeUnit unit) {
        return new KeyShape(shapes(expression, unit, 0));
    }

    private List<List<Origin>> shapes(Expression expression, CodeUnit unit, int depth) {
        List<List<Origin>> result = List.of(List.of());
        for (Expression operand : concatenated(Unwrapped.of(expression))) {
            List<List<Origin>> joined = new ArrayList<>();
            for (List<Origin> before : result) {
                for (List<Origin> option : operandShapes(operand, unit, depth)) {
                    List<Origin> parts = new ArrayList<>(before);
                    parts.addAll(option);
                    joined.add(parts);
                }
            }
            if (joined.size() > MAX_KEYS) {
                return KeyShape.UNKNOWN.alternatives();
            }
            result = joined;
        }
        return result;
    }

    private List<List<Origin>> operandShapes(Expression operand, CodeUnit unit, int depth) {
        if (depth < MAX_DEPTH) {
            List<RequestValue> values = operand instanceof ConditionalExpr c
                    ? List.of(new RequestValue(c.getThenExpr(), unit), new RequestValue(c.getElseExpr(), unit))
                    : valuesOf(operand, unit);
            if (!values.isEmpty()) {
                List<List<Origin>> options = new ArrayList<>();
                values.forEach(v -> options.addAll(shapes(v.expression(), v.unit(), depth + 1)));
                return options;
            }
        }
        Set<Origin> origins = of(operand, unit);
        return List.of(List.of(origins.size() == 1 ? origins.iterator().next() : Origin.UNKNOWN));
    }

    /** An expression and the code unit its names resolve in. */
    private record RequestValue(Expression expression, CodeUnit unit) {
    }

    /**
     * Every value a variable may hold: a local's or field's initializer and assignments, or what the call sites of
     * a helper pass its parameter. Empty when that is not known (a lambda's parameter, the event itself).
     */
    private List<RequestValue> valuesOf(Expression reference, CodeUnit unit) {
        if (!(reference instanceof NameExpr || reference instanceof FieldAccessExpr)) {
            return List.of();
        }
        Optional<Node> declaration = model.calls().declarationOf(reference, unit);
        List<RequestValue> values = new ArrayList<>();
        if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator variable) {
            variable.getInitializer().ifPresent(i -> values.add(new RequestValue(i, unit)));
            assignments(variable, unit).forEach(a -> values.add(new RequestValue(a.getValue(), unit)));
        } else if (declaration.isPresent() && declaration.get() instanceof Parameter parameter
                && parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable
                && callable != handler.entry() && !parameter.isVarArgs()) {
            int index = callable.getParameters().indexOf(parameter);
            for (Reach caller : model.everRun(handler)) {
                for (Node node : model.allNodes(caller.unit())) {
                    if (node instanceof MethodReferenceExpr passed
                            && passed.getIdentifier().equals(callable.getNameAsString())
                            && model.calls().targets(passed, caller.unit())
                            .stream().anyMatch(t -> t.declaration() == callable)) {
                        return List.of(); // passed as a function: its arguments come from elsewhere
                    }
                    if (node instanceof NodeWithArguments<?> call && call.getArguments().size() > index
                            && mayCall(node, callable.getNameAsString())
                            && model.calls().targets(node, caller.unit()).stream()
                                    .anyMatch(t -> t.declaration() == callable)) {
                        values.add(new RequestValue(call.getArgument(index), caller.unit()));
                    }
                }
            }
        }
        return values;
    }

    private void trace(Expression expression, CodeUnit unit, int depth, Set<Origin> out, Set<Node> visiting) {
        Expression e = Unwrapped.of(expression);
        if (depth > MAX_DEPTH || !visiting.add(e)) {
            out.add(Origin.UNKNOWN);
            return;
        }
        if (e instanceof StringLiteralExpr s) {
            out.add(new Origin.Literal(s.asString()));
        } else if (e instanceof TextBlockLiteralExpr t) {
            out.add(new Origin.Literal(t.asString()));
        } else if (e instanceof ConditionalExpr c) {
            trace(c.getThenExpr(), unit, depth + 1, out, visiting);
            trace(c.getElseExpr(), unit, depth + 1, out, visiting);
        } else if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            concatenation(b, unit, depth, out, visiting);
        } else if (e instanceof MethodCallExpr call) {
            call(call, unit, depth, out, visiting);
        } else if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            variable(e, unit, depth, out, visiting);
        } else {
            out.add(Origin.UNKNOWN);
        }
        visiting.remove(e);
    }

    /**
     * "arn:aws:lambda:...:function:" + context.getFunctionName() is still the function's own name, and a queue URL
     * ending in a queue's name names that queue; but context.getFunctionName() + "-worker" names another function.
     */
    private void concatenation(BinaryExpr b, CodeUnit unit, int depth, Set<Origin> out, Set<Node> visiting) {
        List<Expression> operands = concatenated(b);
        List<Set<Origin>> traced = new ArrayList<>();
        for (Expression operand : operands) {
            Set<Origin> origins = new LinkedHashSet<>();
            trace(operand, unit, depth + 1, origins, visiting);
            traced.add(origins);
        }
        if (traced.stream().allMatch(o -> literalOf(o) != null)) {
            out.add(new Origin.Literal(String.join("", traced.stream().map(ValueOrigins::literalOf).toList())));
            return;
        }
        Set<Origin> identifying = new LinkedHashSet<>();
        for (int i = 0; i < traced.size(); i++) {
            String before = i == 0 ? "" : literalOf(traced.get(i - 1));
            String after = i == traced.size() - 1 ? "" : literalOf(traced.get(i + 1));
            boolean whole = before != null && (before.isEmpty() || before.endsWith(":") || before.endsWith("/"))
                    && after != null && (after.isEmpty() || after.startsWith(":"));
            if (whole) {
                traced.get(i).stream().filter(o -> !(o instanceof Origin.Literal) && !(o instanceof Origin.Unknown))
                        .forEach(identifying::add);
            }
        }
        out.addAll(identifying.isEmpty() ? Set.of(Origin.UNKNOWN) : identifying);
    }

    /** The text when the only origin is a literal, else null. */
    private static String literalOf(Set<Origin> origins) {
        return origins.size() == 1 && origins.iterator().next() instanceof Origin.Literal l ? l.text() : null;
    }

    private void call(MethodCallExpr call, CodeUnit unit, int depth, Set<Origin> out, Set<Node> visiting) {
        String name = call.getNameAsString();
        Optional<Expression> variableName = library.environmentVariableName(call);
        if (variableName.isPresent()) {
            for (Origin o : of(variableName.get(), unit)) {
                if (o instanceof Origin.Literal l && library.namesOwnFunction(l.text())) {
                    out.add(new Origin.OwnName("System.getenv(\"" + l.text() + "\")"));
                } else {
                    out.add(o instanceof Origin.Literal l ? new Origin.EnvironmentVariable(l.text()) : Origin.UNKNOWN);
                }
            }
            return;
        }
        if (library.returnsOwnName(call, unit)) {
            out.add(new Origin.OwnName(CodeText.of(call)));
            return;
        }
        if (library.readsEventBucket(call) || library.readsEventKey(call)) {
            out.add(library.readsEventBucket(call) ? new Origin.EventBucket() : new Origin.EventKey());
            return;
        }
        if (PASS_THROUGH.contains(name)) {
            List<Expression> passed = new ArrayList<>(call.getArguments());
            if (passed.isEmpty()) {
                call.getScope().ifPresent(passed::add);
            }
            passed.forEach(p -> trace(p, unit, depth + 1, out, visiting));
            return;
        }
        List<CodeUnit> callees = model.calls().targets(call, unit);
        if (callees.isEmpty()) {
            out.add(Origin.UNKNOWN);
        }
        for (CodeUnit callee : callees) {
            if (callee.declaration() instanceof MethodDeclaration method) {
                Trees.findAll(method, ReturnStmt.class).stream()
                        .filter(r -> r.findAncestor(CallableDeclaration.class).orElse(null) == method)
                        .flatMap(r -> r.getExpression().stream())
                        .forEach(r -> trace(r, callee, depth + 1, out, visiting));
            }
        }
    }

    private void variable(Expression reference, CodeUnit unit, int depth, Set<Origin> out, Set<Node> visiting) {
        Optional<Node> declaration = model.calls().declarationOf(reference, unit);
        if (declaration.isEmpty()) {
            out.add(Origin.UNKNOWN);
        } else if (declaration.get() instanceof Parameter parameter) {
            parameter(parameter, depth, out, visiting);
        } else if (declaration.get() instanceof VariableDeclarator variable) {
            variable.getInitializer().ifPresent(i -> trace(i, unit, depth + 1, out, visiting));
            List<AssignExpr> assignments = assignments(variable, unit);
            for (AssignExpr assign : assignments) {
                trace(assign.getValue(), unit, depth + 1, out, visiting);
            }
            if (variable.getInitializer().isEmpty() && assignments.isEmpty()) {
                out.add(Origin.UNKNOWN);
            }
        }
    }

    /** The assignments of a local in its method, or of a field in its class. */
    private List<AssignExpr> assignments(VariableDeclarator variable, CodeUnit unit) {
        boolean local = variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr;
        Optional<Node> scope = local ? variable.findAncestor(CallableDeclaration.class).map(Node.class::cast)
                .or(() -> variable.findAncestor(LambdaExpr.class))
                : variable.findAncestor(TypeDeclaration.class).map(Node.class::cast);
        return scope.map(s -> Trees.findAll(s, AssignExpr.class).stream()
                .filter(a -> a.getOperator() == AssignExpr.Operator.ASSIGN)
                .filter(a -> model.calls().declarationOf(a.getTarget(), unit).orElse(null) == variable)
                .toList()).orElse(List.of());
    }

    /** A helper's parameter: whatever the call sites that run in the handler's environment pass it. */
    private void parameter(Parameter parameter, int depth, Set<Origin> out, Set<Node> visiting) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)
                || callable == handler.entry()) {
            out.add(Origin.UNKNOWN); // a lambda's element or the event itself
            return;
        }
        int index = callable.getParameters().indexOf(parameter);
        String name = callable.getNameAsString(); // a constructor's is its class's
        boolean called = false;
        for (Reach caller : model.everRun(handler)) {
            for (Node node : model.allNodes(caller.unit())) {
                if (node instanceof NodeWithArguments<?> call && call.getArguments().size() > index
                        && mayCall(node, name)
                        && model.calls().targets(node, caller.unit()).stream()
                                .anyMatch(t -> t.declaration() == callable)) {
                    called = true;
                    trace(call.getArgument(index), caller.unit(), depth + 1, out, visiting);
                }
            }
        }
        if (!called) {
            out.add(Origin.UNKNOWN);
        }
    }

    /** A cheap test before resolving the call: the name it calls or the class it creates. */
    private static boolean mayCall(Node node, String name) {
        return node instanceof MethodCallExpr call ? call.getNameAsString().equals(name)
                : !(node instanceof ObjectCreationExpr creation) || creation.getType().getNameAsString().equals(name);
    }


    /** The operands of a string concatenation, left to right; the expression itself when it is none. */
    public static List<Expression> concatenated(Expression e) {
        Expression plain = Unwrapped.of(e);
        if (plain instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            List<Expression> operands = new ArrayList<>(concatenated(b.getLeft()));
            operands.addAll(concatenated(b.getRight()));
            return operands;
        }
        return List.of(plain);
    }
}
