package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ForEachStmt;
import dev.lambdalint.catalog.ConstantRead;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression takes its value from a fixed set written in the code, the same set on every call, so the
 * work done with it could be done once per value: a literal, a static final field, a final field (static or not)
 * initialized with a constant ({@code private final String REGEX = "..."}), an interface field, constants joined
 * with {@code +}, a local set once from a constant, a helper's parameter that every per-invocation call site gives
 * a constant, or the variable of a for-each loop over constants ({@code for (String regex : List.of("a", "b"))}),
 * or what a catalog {@link ConstantRead} makes of a constant (the content of a classpath resource named by one, read
 * whole or parsed: {@code new JSONObject(IOUtils.toString(getClass().getResourceAsStream("/schema.json"), UTF_8))}).
 */
public final class Constants {
    private static final int MAX_DEPTH = 12;
    /** Static factories of unmodifiable (or fixed-size) collections of their arguments. */
    private static final Set<String> COLLECTION_OWNERS = Set.of("java.util.List", "java.util.Set", "java.util.Arrays");
    private static final Set<String> COLLECTION_FACTORIES = Set.of("of", "asList");

    private final InvocationModel model;
    private final List<ConstantRead> reads;
    private final CallPatterns patterns;

    public Constants(InvocationModel model, List<ConstantRead> reads) {
        this.model = model;
        this.reads = reads;
        this.patterns = new CallPatterns(new ClientConstructions(model, List.of()));
    }

    public boolean isConstant(Expression expression, CodeUnit unit) {
        return constant(expression, unit, 0);
    }

    /**
     * Whether a factory call makes the same object on every call: its first argument (a pattern) is a constant and its
     * other arguments use no variable that is not one. A library class's flags and constants
     * ({@code Pattern.CASE_INSENSITIVE | Pattern.DOTALL}, {@code Locale.ENGLISH}) count; a locale from the event, or
     * the value of an instance method, does not.
     */
    public boolean sameOnEveryCall(Expression construction, CodeUnit unit) {
        return construction instanceof MethodCallExpr call && !call.getArguments().isEmpty()
                && isConstant(call.getArgument(0), unit)
                && othersFixed(call.getArguments(), call.getArgument(0), unit, 0);
    }

    /** Whether the arguments other than {@code kept} use no variable that is not a constant, nor the object's state. */
    private boolean othersFixed(List<Expression> arguments, Expression kept, CodeUnit unit, int depth) {
        for (Expression other : arguments) {
            if (other != kept && !fixed(other, unit, depth)) {
                return false;
            }
        }
        return true;
    }

    private boolean fixed(Expression expression, CodeUnit unit, int depth) {
        for (Node node : Trees.findAll(expression, Node.class)) {
            if (node instanceof ThisExpr || node instanceof SuperExpr
                    || node instanceof MethodCallExpr c && c.getScope().isEmpty()
                    || node instanceof NameExpr name && model.calls().declarationOf(name, unit).isPresent()
                            && !constant(name, unit, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A catalog read that keeps the constness of its input ({@code IOUtils.toString(in, UTF_8)}, {@code new
     * JSONObject(text)}, {@code getClass().getResourceAsStream("/schema.json")}): constant when that input is and
     * nothing else it is given varies.
     */
    private boolean constantRead(Expression expression, CodeUnit unit, int depth) {
        for (ConstantRead read : reads) {
            if (!reads(expression, unit, read)) {
                continue;
            }
            List<Expression> arguments = ((NodeWithArguments<?>) expression).getArguments();
            Optional<Expression> receiver = expression instanceof MethodCallExpr call ? call.getScope()
                    : Optional.empty();
            if (read.argument() == null) {
                return receiver.isPresent() && constant(receiver.get(), unit, depth + 1)
                        && othersFixed(arguments, null, unit, depth);
            }
            if (arguments.size() <= read.argument()) {
                return false;
            }
            Expression input = arguments.get(read.argument());
            return constant(input, unit, depth + 1) && othersFixed(arguments, input, unit, depth)
                    && (!read.anyReceiver() || receiver.map(r -> fixedReceiver(r, unit, depth)).orElse(true));
        }
        return false;
    }

    private boolean reads(Expression expression, CodeUnit unit, ConstantRead read) {
        if (patterns.matches(expression, unit, read.call())) {
            return true;
        }
        return read.anyReceiver() && expression instanceof MethodCallExpr call && call.getScope().isPresent()
                && read.call().methods().contains(call.getNameAsString()) && read.call().takes(call.getArguments().size())
                && !projectReceiver(call.getScope().get(), unit);
    }

    /** A receiver of one of the project's own types: its method of a library's name is the project's. */
    private boolean projectReceiver(Expression receiver, CodeUnit unit) {
        return patterns.constructions().receiverTypes(receiver, unit).stream().anyMatch(model.index()::contains);
    }

    /** A class ({@code getClass()}, {@code Handler.class}) or a loader reached from one or from the thread. */
    private boolean fixedReceiver(Expression receiver, CodeUnit unit, int depth) {
        for (Expression e = receiver; e != null; ) {
            if (e instanceof ClassExpr) {
                return true;
            }
            if (e instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                return call.getNameAsString().equals("getClass") && call.getArguments().isEmpty();
            }
            if (!(e instanceof MethodCallExpr call)) {
                return fixed(e, unit, depth);
            }
            if (!othersFixed(call.getArguments(), null, unit, depth)) {
                return false;
            }
            e = call.getScope().orElse(null);
        }
        return true;
    }

    private boolean constant(Expression expression, CodeUnit unit, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return constant(enclosed.getInner(), unit, depth + 1);
        }
        if (expression instanceof LiteralExpr) {
            return !(expression instanceof NullLiteralExpr);
        }
        if (expression instanceof ClassExpr) {
            return true; // Order.class is the same class object in every call
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return constant(binary.getLeft(), unit, depth + 1) && constant(binary.getRight(), unit, depth + 1);
        }
        if (expression instanceof MethodCallExpr || expression instanceof ObjectCreationExpr) {
            return constantRead(expression, unit, depth);
        }
        Optional<Node> declaration = model.calls().declarationOf(expression, unit);
        if (declaration.isPresent() && declaration.get() instanceof Parameter parameter) {
            return constantAtEveryCallSite(parameter, depth);
        }
        return declaration.filter(d -> d instanceof VariableDeclarator v
                && (constantField(v, unit, depth) || constantLocal(v, unit, depth))).isPresent();
    }

    private boolean constantField(VariableDeclarator variable, CodeUnit unit, int depth) {
        if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)) {
            return false;
        }
        boolean inInterface = field.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type
                && type.isInterface();
        if (field.isStatic() && field.isFinal() || inInterface) {
            return true; // its initializer runs once, whatever it is
        }
        // an instance final field holds the same value in every object when its initializer is constant
        return field.isFinal() && variable.getInitializer().map(i -> constant(i, unit, depth + 1)).orElse(false);
    }

    /** A local never assigned again: set from a constant, or a for-each variable over constants. */
    private boolean constantLocal(VariableDeclarator local, CodeUnit unit, int depth) {
        if (!(local.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration)
                || Locals.reassigned(local)) {
            return false;
        }
        if (declaration.getParentNode().orElse(null) instanceof ForEachStmt loop && loop.getVariable() == declaration) {
            return constantElements(loop.getIterable(), unit, depth + 1);
        }
        return local.getInitializer().map(i -> constant(i, unit, depth + 1)).orElse(false);
    }

    /** {@code List.of}, {@code Set.of}, {@code Arrays.asList} or an array of constants, or a variable set to one. */
    private boolean constantElements(Expression collection, CodeUnit unit, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (collection instanceof EnclosedExpr enclosed) {
            return constantElements(enclosed.getInner(), unit, depth + 1);
        }
        if (collection instanceof MethodCallExpr call && COLLECTION_FACTORIES.contains(call.getNameAsString())
                && model.calls().staticOwners(call, unit).stream().anyMatch(COLLECTION_OWNERS::contains)) {
            return allConstant(call.getArguments(), unit, depth);
        }
        if (collection instanceof ArrayCreationExpr array) {
            return array.getInitializer().map(i -> allConstant(i.getValues(), unit, depth)).orElse(false);
        }
        if (collection instanceof ArrayInitializerExpr values) {
            return allConstant(values.getValues(), unit, depth);
        }
        return model.calls().declarationOf(collection, unit)
                .filter(d -> d instanceof VariableDeclarator v && setOnce(v)
                        && v.getInitializer().map(i -> constantElements(i, unit, depth + 1)).orElse(false))
                .isPresent();
    }

    private boolean allConstant(List<Expression> values, CodeUnit unit, int depth) {
        return values.stream().allMatch(v -> constant(v, unit, depth + 1));
    }

    /** A final field, or a local never assigned again. */
    private static boolean setOnce(VariableDeclarator variable) {
        if (variable.getParentNode().orElse(null) instanceof FieldDeclaration field) {
            return field.isFinal();
        }
        return variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr && !Locals.reassigned(variable);
    }

    /** A helper's parameter: constant when every call site that runs per invocation passes a constant. */
    private boolean constantAtEveryCallSite(Parameter parameter, int depth) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)
                || parameter.isVarArgs() || model.handlers().stream().anyMatch(h -> h.entry() == callable)) {
            return false; // a lambda's parameter, a handler's event: values we cannot see
        }
        int position = callable.getParameters().indexOf(parameter);
        boolean called = false;
        for (InvocationModel.CallSite site : model.callSitesOf(callable)) {
            if (site.node() instanceof MethodReferenceExpr
                    || !(site.node() instanceof NodeWithArguments<?> call)
                    || call.getArguments().size() <= position
                    || !constant(call.getArgument(position), site.caller(), depth + 1)) {
                return false;
            }
            called = true;
        }
        return called;
    }
}
