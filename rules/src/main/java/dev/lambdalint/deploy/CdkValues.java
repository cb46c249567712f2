package dev.lambdalint.deploy;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.source.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a CDK app's source gives its properties, as far as they can be worked out without running it: string
 * and number literals, their concatenation and {@code "%s"} formatting ({@code "Fn-%s".formatted(type)},
 * {@code String.format}), constants ({@code static final} fields, here or in another class of the app), local
 * variables and fields with one value, {@code Duration.seconds(30)} (also minutes and hours) in seconds, a
 * condition on a known boolean, and constructs and their attributes ({@code queue.getQueueUrl()}) as references.
 * Read in a helper's {@link CdkFrame}, a parameter is the argument of that call, and a helper method's one
 * {@code return} is followed per call. Anything else is unknown, with the code that computes it.
 */
final class CdkValues {
    private static final int MAX_DEPTH = 12;
    private static final int MAX_FRAMES = 8;
    private static final Map<String, Integer> DURATION_SECONDS = Map.of("seconds", 1, "minutes", 60, "hours", 3600);

    /** Where construct references point, and the app's other classes, for constants declared there. */
    interface Context {
        /** The construct an expression is, as the frame it is read in makes it (null: as written). */
        Optional<Value.ResourceRef> reference(Expression construct, CdkFrame frame);

        Optional<VariableDeclarator> constant(String type, String field);

        /** The method of the app a call runs, when it is one ({@link CdkHelpers#method}). */
        Optional<MethodDeclaration> method(MethodCallExpr call);

        /** The class of the app a {@code new} creates ({@link CdkConstructs#created}). */
        Optional<TypeDeclaration<?>> created(ObjectCreationExpr creation);

        /** The constructor of the app a {@code new} runs ({@link CdkConstructs#constructor}). */
        Optional<ConstructorDeclaration> constructor(ObjectCreationExpr creation);

        /**
         * The {@code new}s of a stack of the app (a class of it that is no construct of its own) that code the app
         * runs makes, each a frame binding the constructor's parameters to its arguments
         * ({@link CdkHelpers#instances}); empty for a construct class's constructor.
         */
        Optional<List<CdkFrame>> instances(ConstructorDeclaration constructor);

        /** Says, for a debug log, that a stack's parameter is left unknown: its {@code new}s hand in different values. */
        void handedDifferently(NameExpr parameter, List<CdkFrame> instances);
    }

    /** An expression and the frame it is read in. */
    record Bound(Expression expression, CdkValues values) {
    }

    private final Context context;
    private final CdkFrame frame;

    CdkValues(Context context) {
        this(context, null);
    }

    private CdkValues(Context context, CdkFrame frame) {
        this.context = context;
        this.frame = frame;
    }

    /** The call these values are read for; null for code read as written. */
    CdkFrame frame() {
        return frame;
    }

    /** The values as one call of a helper gives them. */
    CdkValues in(CdkFrame call) {
        return new CdkValues(context, call);
    }

    Value eval(Expression expression) {
        return eval(expression, 0);
    }

    private Value eval(Expression expression, int depth) {
        Expression e = CdkChain.unwrap(expression);
        if (depth > MAX_DEPTH) {
            return unknown(e);
        }
        Optional<Value.ResourceRef> reference = context.reference(e, frame);
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
            return resolve(e).map(b -> b.values().eval(b.expression(), depth + 1)).orElse(unknown(e));
        }
        if (e instanceof ConditionalExpr conditional) {
            Optional<Bound> branch = branch(conditional);
            if (branch.isPresent()) {
                return eval(branch.get().expression(), depth + 1);
            }
        }
        if (e instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            Optional<String> operand = eval(not.getExpression(), depth + 1).literal();
            if (operand.filter(o -> o.equals("true") || o.equals("false")).isPresent()) {
                return new Value.Literal(String.valueOf(!Boolean.parseBoolean(operand.get())));
            }
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
            Bound scope = follow(call.getScope().get());
            Optional<Value.ResourceRef> construct = context.reference(scope.expression(), scope.values().frame);
            if (construct.isPresent()) {
                Value.ResourceRef ref = construct.get();
                return new Value.ResourceRef(ref.scope(), ref.logicalId(), ref.type(), name.substring(3));
            }
        }
        if (name.equals("formatted") && call.getScope().isPresent()) {
            return format(eval(call.getScope().get(), depth + 1), call.getArguments(), call, depth);
        }
        if (name.equals("format") && call.getScope().filter(s -> s.toString().equals("String")).isPresent()
                && !call.getArguments().isEmpty()) {
            return format(eval(call.getArgument(0), depth + 1), call.getArguments().subList(1,
                    call.getArguments().size()), call, depth);
        }
        Optional<Bound> returned = returned(call).or(() -> property(call));
        if (returned.isPresent()) {
            return returned.get().values().eval(returned.get().expression(), depth + 1);
        }
        return unknown(call);
    }

    /** {@code "Fn-%s".formatted(type)} with {@code %s}, {@code %d} and {@code %%} only, every argument known. */
    private Value format(Value pattern, List<Expression> arguments, Expression e, int depth) {
        if (pattern.literal().isEmpty()) {
            return unknown(e);
        }
        String text = pattern.literal().get();
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char conversion = i + 1 < text.length() ? text.charAt(++i) : ' ';
            if (conversion == '%') {
                out.append('%');
                continue;
            }
            Optional<String> argument = (conversion == 's' || conversion == 'd') && next < arguments.size()
                    ? eval(arguments.get(next++), depth + 1).literal() : Optional.empty();
            if (argument.isEmpty()) {
                return unknown(e);
            }
            out.append(argument.get());
        }
        return new Value.Literal(out.toString());
    }

    /**
     * What an expression comes down to, through the names that hold it, the helper parameters that receive it and
     * the helpers that return it, with the frame to read it in; a construct stops the walk.
     */
    Bound follow(Expression expression) {
        Bound current = new Bound(CdkChain.unwrap(expression), this);
        for (int i = 0; i < MAX_DEPTH; i++) {
            Expression e = current.expression();
            CdkValues values = current.values();
            if (values.context.reference(e, values.frame).isPresent()) {
                return current;
            }
            Optional<Bound> next = e instanceof NameExpr || e instanceof FieldAccessExpr ? values.resolve(e)
                    : e instanceof MethodCallExpr call ? values.returned(call).or(() -> values.property(call))
                    : e instanceof ConditionalExpr conditional ? values.branch(conditional) : Optional.empty();
            if (next.isEmpty()) {
                return current;
            }
            current = new Bound(CdkChain.unwrap(next.get().expression()), next.get().values());
        }
        return current;
    }

    /**
     * Where a value handed down through helper parameters is written: the argument of the outermost call that
     * hands it on ({@code "com.acme.Orders"} in {@code createFunction(this, "Orders", "com.acme.Orders")}), or that
     * decides a condition on such a parameter ({@code snap ? ... : null}), or the argument a props object's builder
     * is given for the property a getter reads ({@code .memorySize(2048)} for {@code props.getMemorySize()});
     * empty when the expression is none of these.
     */
    Optional<Expression> origin(Expression expression) {
        Expression e = CdkChain.unwrap(expression);
        CdkValues values = this;
        Expression found = null;
        for (int i = 0; i < MAX_DEPTH; i++) {
            if (e instanceof ConditionalExpr conditional && values.frame != null
                    && values.branch(conditional).isPresent()) {
                e = CdkChain.unwrap(conditional.getCondition()); // snap ? ON : null: where snap is handed in
            }
            Optional<Bound> next = Optional.empty();
            if (e instanceof NameExpr name && values.frame != null) {
                CdkFrame caller = values.frame.caller();
                next = values.boundParameter(name).map(a -> new Bound(a, new CdkValues(context, caller)));
            }
            if (next.isEmpty() && e instanceof NameExpr name) {
                next = values.handedToStack(name);
            } else if (e instanceof MethodCallExpr call) {
                next = values.property(call);
            }
            if (next.isEmpty()) {
                break;
            }
            found = next.get().expression();
            e = CdkChain.unwrap(found);
            values = next.get().values();
        }
        return Optional.ofNullable(found);
    }

    /**
     * What a name stands for in this frame: a bound parameter's argument (read in the caller), a stack's
     * constructor parameter as the app's {@code new}s of the stack hand it in, else its value, or a field of an
     * instance of a class of the app ({@code storage.jobs}).
     */
    private Optional<Bound> resolve(Expression name) {
        if (frame != null && name instanceof NameExpr n) {
            Optional<Expression> argument = boundParameter(n);
            if (argument.isPresent()) {
                return Optional.of(new Bound(argument.get(), new CdkValues(context, frame.caller())));
            }
        }
        if (name instanceof NameExpr n) {
            Optional<Bound> handed = handedToStack(n);
            if (handed.isPresent()) {
                return handed;
            }
        }
        Optional<Bound> value = valueOf(name).map(v -> new Bound(v, this));
        if (value.isEmpty() && name instanceof FieldAccessExpr access && !(access.getScope() instanceof ThisExpr)) {
            return instanceField(access);
        }
        return value;
    }

    /** The stack parameters being resolved on this thread: a stack handing its parameter to itself ends there. */
    private static final ThreadLocal<java.util.Set<NameExpr>> HANDING = ThreadLocal.withInitial(
            () -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /**
     * A parameter of a stack's constructor ({@code ComputeStack(scope, id, props, Bucket uploads)}) where no frame
     * binds it: the argument the app's {@code new ComputeStack(app, "Compute", props, storage.getUploads())} hands
     * in, read where that {@code new} is. A stack made several times is given one value only when every
     * {@code new} gives the same (the same construct, the same literal); else it stays unknown.
     */
    private Optional<Bound> handedToStack(NameExpr name) {
        Optional<ConstructorDeclaration> constructor = declaringConstructor(name);
        if (constructor.isEmpty() || frame != null && frame.method() == constructor.get()
                || !HANDING.get().add(name)) {
            return Optional.empty();
        }
        try {
            List<CdkFrame> instances = context.instances(constructor.get()).orElse(List.of());
            List<Bound> arguments = new java.util.ArrayList<>();
            for (CdkFrame instance : instances) {
                Optional<Expression> argument = instance.argument(name.getNameAsString());
                if (argument.isEmpty()) {
                    return Optional.empty();
                }
                arguments.add(new Bound(argument.get(), new CdkValues(context, instance.caller())));
            }
            if (arguments.size() > 1) {
                Value first = arguments.get(0).values().eval(arguments.get(0).expression());
                for (Bound other : arguments.subList(1, arguments.size())) {
                    if (first instanceof Value.Unknown || !first.equals(other.values().eval(other.expression()))) {
                        context.handedDifferently(name, instances); // which one is known per stack only
                        return Optional.empty();
                    }
                }
            }
            return arguments.stream().findFirst();
        } finally {
            HANDING.get().remove(name);
        }
    }

    /** The constructor a name is a parameter of, unless a local variable or a lambda's parameter shadows it. */
    private static Optional<ConstructorDeclaration> declaringConstructor(NameExpr name) {
        return declaringScope(name).filter(ConstructorDeclaration.class::isInstance)
                .map(ConstructorDeclaration.class::cast);
    }

    /**
     * The method, constructor or lambda whose parameter a name is, walking out from the name; none when a local
     * variable of a scope on the way shadows it, or the name is no parameter of its type's code.
     */
    private static Optional<Node> declaringScope(NameExpr name) {
        for (Node scope = name.getParentNode().orElse(null); scope != null; scope = scope.getParentNode().orElse(null)) {
            if (scope instanceof CallableDeclaration<?> || scope instanceof LambdaExpr) {
                if (parameters(scope).stream().anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                    return Optional.of(scope);
                }
                if (Trees.findAll(scope, VariableDeclarator.class).stream()
                        .anyMatch(v -> v.getNameAsString().equals(name.getNameAsString()))) {
                    return Optional.empty();
                }
            }
            if (scope instanceof TypeDeclaration<?>) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * A field of an instance of a class of the app, read off the {@code new} that makes it ({@code storage.jobs}
     * with {@code storage = new StorageStack(app, "Storage")}): what that constructor assigns it, or its
     * initializer, read for that {@code new}.
     */
    private Optional<Bound> instanceField(FieldAccessExpr access) {
        if (frame != null && frame.depth() >= MAX_FRAMES) {
            return Optional.empty();
        }
        Bound target = follow(access.getScope());
        if (!(target.expression() instanceof ObjectCreationExpr creation)
                || context.reference(creation, target.values().frame).isPresent()) {
            return Optional.empty();
        }
        return context.created(creation).flatMap(type -> fieldOf(type, access.getNameAsString(), creation,
                target.values()));
    }

    /** The value the constructor a {@code new} runs gives a field of its class, or else the field's initializer. */
    private Optional<Bound> fieldOf(TypeDeclaration<?> type, String field, ObjectCreationExpr creation,
                                    CdkValues at) {
        Optional<VariableDeclarator> declared = type.getFieldByName(field).filter(f -> !f.isStatic())
                .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(field)).findFirst());
        Optional<ConstructorDeclaration> constructor = context.constructor(creation);
        if (declared.isEmpty() || constructor.isEmpty()) {
            return Optional.empty();
        }
        CdkValues instance = new CdkValues(context, new CdkFrame(constructor.get(), creation, at.frame));
        boolean neverAssigned = Trees.findAll(type, AssignExpr.class).stream().noneMatch(a -> assigns(a, field));
        // assigned once in the class: in the constructor, or in a method it calls (createBucket())
        Optional<Expression> value = neverAssigned ? declared.get().getInitializer()
                : assigned(field, constructor.get()).or(() -> assigned(field, type));
        return value.map(v -> new Bound(v, instance));
    }

    private Optional<Expression> boundParameter(NameExpr name) {
        return declaringScope(name).filter(scope -> scope == frame.method())
                .flatMap(scope -> frame.argument(name.getNameAsString()));
    }

    /** The branch a condition on a known boolean takes ({@code snap ? SnapStartConf.ON_PUBLISHED_VERSIONS : null}). */
    private Optional<Bound> branch(ConditionalExpr conditional) {
        Optional<String> condition = eval(conditional.getCondition()).literal();
        if (condition.filter(c -> c.equals("true") || c.equals("false")).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Bound(condition.get().equals("true") ? conditional.getThenExpr()
                : conditional.getElseExpr(), this));
    }

    /** A helper method's one returned expression, read in the frame of this call. */
    private Optional<Bound> returned(MethodCallExpr call) {
        if (frame != null && frame.depth() >= MAX_FRAMES) {
            return Optional.empty();
        }
        Optional<MethodDeclaration> method = context.method(call);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        List<ReturnStmt> returns = Trees.findAll(method.get(), ReturnStmt.class).stream()
                .filter(r -> r.findAncestor(MethodDeclaration.class).filter(m -> m == method.get()).isPresent()
                        && r.findAncestor(LambdaExpr.class).filter(l -> method.get().isAncestorOf(l)).isEmpty())
                .toList();
        if (returns.size() != 1 || returns.get(0).getExpression().isEmpty()) {
            return Optional.empty(); // several exits: which one a call takes is known only when the app runs
        }
        return Optional.of(new Bound(returns.get(0).getExpression().get(),
                new CdkValues(context, new CdkFrame(method.get(), call, frame))));
    }

    /**
     * A property read off a props object the app builds and hands on: {@code props.getMemorySize()} (or
     * {@code props.memorySize()}) of {@code OrderServiceProps.builder().memorySize(1024).build()} is the builder's
     * argument; of {@code new OrderServiceProps("com.acme.Orders", 1024)}, the record's component, or the value
     * the constructor gives the field the getter returns, read for that {@code new}. A property the builder does
     * not set is not guessed (a builder may default it).
     */
    private Optional<Bound> property(MethodCallExpr call) {
        if (!call.getArguments().isEmpty() || call.getScope().isEmpty()
                || frame != null && frame.depth() >= MAX_FRAMES) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        String property = CdkConstructs.property(name);
        Bound target = follow(call.getScope().get());
        if (context.reference(target.expression(), target.values().frame).isPresent()) {
            return Optional.empty();
        }
        Optional<CdkChain> chain = CdkChain.of(target.expression());
        if (chain.isPresent()) {
            return chain.get().argument(property).map(a -> new Bound(a, target.values()));
        }
        if (!(target.expression() instanceof ObjectCreationExpr creation)) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> type = context.created(creation);
        if (type.isPresent() && type.get() instanceof RecordDeclaration record) {
            List<Parameter> components = record.getParameters();
            for (int i = 0; i < components.size() && i < creation.getArguments().size(); i++) {
                if (components.get(i).getNameAsString().equals(property)
                        && record.getMethodsByName(components.get(i).getNameAsString()).isEmpty()) {
                    return Optional.of(new Bound(creation.getArgument(i), target.values()));
                }
            }
            return Optional.empty();
        }
        return type.flatMap(t -> getterField(t, name).flatMap(field -> fieldOf(t, field, creation, target.values())));
    }

    /** The field a getter of a class returns: {@code return memorySize;} or {@code return this.memorySize;}. */
    private static Optional<String> getterField(TypeDeclaration<?> type, String getter) {
        List<MethodDeclaration> methods = type.getMethodsByName(getter).stream()
                .filter(m -> m.getParameters().isEmpty() && !m.isStatic()).toList();
        if (methods.size() != 1) {
            return Optional.empty();
        }
        List<ReturnStmt> returns = Trees.findAll(methods.get(0), ReturnStmt.class);
        if (returns.size() != 1 || returns.get(0).getExpression().isEmpty()) {
            return Optional.empty();
        }
        Expression returned = CdkChain.unwrap(returns.get(0).getExpression().get());
        String field = returned instanceof NameExpr n ? n.getNameAsString()
                : returned instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr ? f.getNameAsString() : null;
        return field != null && type.getFieldByName(field).isPresent() ? Optional.of(field) : Optional.empty();
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
                Optional<VariableDeclarator> declared = Trees.findAll(scope, VariableDeclarator.class).stream()
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
        List<AssignExpr> assignments = Trees.findAll(scope, AssignExpr.class).stream()
                .filter(a -> a.getOperator() == AssignExpr.Operator.ASSIGN && assigns(a, variable))
                .toList();
        return assignments.size() == 1 ? Optional.of(assignments.get(0).getValue()) : Optional.empty();
    }

    private static boolean assigns(AssignExpr assignment, String variable) {
        return assignment.getTarget() instanceof NameExpr n && n.getNameAsString().equals(variable)
                || assignment.getTarget() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                && f.getNameAsString().equals(variable);
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
