package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lambdalint.source.Trees;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one source file of a CDK app written in Java: the constructs it creates (functions, queues, buckets,
 * topics, tables, streams, and the existing ones it imports), the functions, also those whose
 * {@code FunctionProps} another construct takes ({@code .lambdaFunctionProps(...)}), and the triggers it wires
 * ({@code addEventSource}, bucket notifications, topic subscriptions). Constructs are followed through the
 * variables and fields that hold them. Every place is the line of the source.
 */
final class CdkStackReader implements CdkValues.Context {

    /** A construct created or imported here: its id, CloudFormation type, and the node that evaluates to it. */
    record Construct(String id, String type, Node node, Location at, Value physicalName) {
    }

    private final CompilationUnit unit;
    private final String path;
    private final CdkJavaApp.Classes classes;
    private final Path appDir;
    private final CdkValues values = new CdkValues(this);
    private final Map<Node, Construct> constructs = new IdentityHashMap<>();
    private final List<Construct> constructOrder = new ArrayList<>();
    private final Map<Node, CdkFunction> functions = new IdentityHashMap<>();
    private final Map<Node, Boolean> consumed = new IdentityHashMap<>();
    private final List<Framed> framedConstructs = new ArrayList<>();
    private final List<CdkFunction> functionOrder = new ArrayList<>();
    private final Map<Construct, CdkFunction> framedFunctions = new IdentityHashMap<>();
    private final List<String> notes;
    private boolean declared;
    private boolean wired;

    /**
     * @param path    the file, relative to the analysis base: the scope of its constructs' ids
     * @param classes the app's classes, for constants declared in another one
     * @param appDir  the app's folder (with cdk.json), which asset paths are relative to
     * @param notes   where what was left out is said, for a debug log
     */
    CdkStackReader(CompilationUnit unit, String path, CdkJavaApp.Classes classes, Path appDir, List<String> notes) {
        this.unit = unit;
        this.path = path;
        this.classes = classes;
        this.appDir = appDir;
        this.notes = notes;
        classes.register(unit, this);
    }

    /**
     * Declares the constructs and functions of the file. The app's files are all declared before any is
     * {@linkplain #read read}, so that a construct of one file handed to a construct class of another
     * ({@code OrderServiceProps.builder().queue(ordersQueue)}) is known where that class uses it.
     */
    void declare() {
        if (declared) {
            return;
        }
        declared = true;
        List<CdkChain> props = new ArrayList<>();
        for (MethodCallExpr call : Trees.findAll(unit, MethodCallExpr.class)) {
            CdkChain.of(call).ifPresent(chain -> {
                String type = CdkTypes.resolve(unit, chain.type()).orElse("");
                if (CdkTypes.RESOURCES.containsKey(type) && chain.arguments().size() >= 2) {
                    declare(type, chain.arguments().get(0), chain.arguments().get(1), call,
                            in -> Optional.of(new Props(chain, in)));
                } else if (type.equals(CdkTypes.FUNCTION_PROPS)) {
                    props.add(chain);
                }
            });
            importedResource(call);
        }
        for (ObjectCreationExpr creation : Trees.findAll(unit, ObjectCreationExpr.class)) {
            String type = CdkTypes.resolve(unit, creation.getType().getNameWithScope()).orElse("");
            if (CdkTypes.RESOURCES.containsKey(type) && creation.getArguments().size() >= 2) {
                declare(type, creation.getArgument(0), creation.getArgument(1), creation, in ->
                        creation.getArguments().size() > 2 ? props(creation.getArgument(2), in) : Optional.empty());
            }
        }
        for (CdkChain chain : props) {
            if (!consumed.containsKey(chain.build())) {
                ownedFunction(chain);
            }
        }
    }

    /**
     * Wires the triggers the file's code adds, to functions of this file or, from a construct class given them,
     * of another: every file is wired before any is {@linkplain #read read}.
     */
    void wire() {
        declare();
        if (!wired) {
            wired = true;
            new CdkTriggers(unit, this, values).read();
        }
    }

    /** Adds the functions of the file, each with its triggers and code, and its resources. */
    void read(TemplateContent content) {
        wire();
        for (CdkFunction function : functionOrder) {
            CdkTriggers triggers = new CdkTriggers(unit, this, function.values());
            triggers.propsEvents(function);
            LambdaFunction lambda = function.toFunction(path, this::at, triggers.environment(function));
            content.functions().add(lambda);
            function.code(lambda, appDir).ifPresent(content.code()::add);
        }
        for (Construct construct : constructOrder) {
            content.resources().add(new CloudResource(path, construct.id(), construct.type(),
                    construct.physicalName(), construct.at()));
        }
    }

    /** A construct's props: the builder chain, and the values it is read with (the frame that builds it). */
    private record Props(CdkChain chain, CdkValues values) {
    }

    /**
     * The props a construct is given ({@code new Function(this, "Id", props)}): built there, or in a local, or
     * handed in through a helper's or a construct class's parameter, read in the frame that builds them.
     */
    private Optional<Props> props(Expression expression, CdkValues in) {
        CdkValues.Bound bound = in.follow(expression);
        return CdkChain.of(bound.expression()).map(chain -> new Props(chain, bound.values()));
    }

    /**
     * A construct (with its function, for a {@code Function}) as written, or, when a helper method of the app or
     * a construct class's constructor builds it, once per call of the helper or instance of the construct, read
     * with that call's arguments ({@link CdkHelpers#frames}). A construct in a construct class no code the app
     * runs creates is left out. A helper's construct is located at the call that tells it from the helper's other
     * constructs, or, for a helper called once, where its id is written; it is reached through that call when the
     * helper returns it.
     */
    private void declare(String type, Expression scope, Expression id, Node node,
                         java.util.function.Function<CdkValues, Optional<Props>> props) {
        Optional<List<CdkFrame>> reached = classes.helpers().frames(node);
        String kind = type.substring(type.lastIndexOf('.') + 1);
        if (reached.isEmpty()) {
            build(type, scope, id, node, props.apply(values), values, at(id), List.of(node), null);
            return;
        }
        List<CdkFrame> frames = reached.get();
        if (frames.isEmpty()) {
            notes.add("skipped the " + kind + " at " + at(id) + ": no code the app runs creates it (a construct "
                    + "class never instantiated, or one only a main other than the app's uses)");
            return;
        }
        CdkFrame innermost = frames.get(0);
        notes.add("read the " + kind + " at " + at(id) + (innermost.constructs()
                ? " once per instance of the construct " + innermost.method().getNameAsString() + ": "
                + frames.size() + " instance" : " once per call of the helper " + innermost.method().getNameAsString()
                + "(...): " + frames.size() + " call") + (frames.size() == 1 ? "" : "s"));
        for (CdkFrame frame : frames) {
            CdkValues in = values.in(frame);
            List<Node> keys = new ArrayList<>();
            if (frames.size() == 1) {
                keys.add(node);
            }
            if (returns(frame.method(), node)) {
                keys.add(frame.call());
            }
            Location where = frames.size() == 1 ? at(in.origin(id).orElse(id))
                    : at(CdkHelpers.distinguishingCall(frame, frames));
            build(type, scope, id, node, props.apply(in), in, where, keys, frame);
        }
    }

    private void build(String type, Expression scope, Expression id, Node node, Optional<Props> props,
                       CdkValues in, Location where, List<Node> keys, CdkFrame frame) {
        props.ifPresent(p -> consumed.put(p.chain().build(), Boolean.TRUE));
        Value name = props.flatMap(p -> p.chain().argument(CdkTypes.RESOURCES.get(type).nameProperty())
                .map(p.values()::eval)).orElse(null);
        construct(type, scope, id, node, name, in, where, keys, frame).ifPresent(c -> function(type, c,
                props.map(Props::chain).orElse(null), props.map(Props::values).orElse(in), keys));
    }

    /**
     * A construct, when its id is known: one whose id is computed when the app runs (a parameter of a method no
     * call of the app reaches, a value read from the environment) is noted and left out, as is a helper's second
     * construct of an id another already has. Made in a construct of the app, its id is the logical id the CDK
     * derives from its path ({@code OrdersHandler} for {@code Handler} in {@code new OrderService(this, "Orders")}).
     */
    private Optional<Construct> construct(String type, Expression scope, Expression id, Node node, Value name,
                                          CdkValues in, Location where, List<Node> keys, CdkFrame frame) {
        Optional<String> known = in.eval(id).literal();
        String kind = type.substring(type.lastIndexOf('.') + 1);
        String call = frame == null ? "" : " (as the call at " + at(frame.call()) + " builds it)";
        if (known.isEmpty()) {
            notes.add("skipped the " + kind + " at " + at(id) + call + ": its id " + id + " is known only when the "
                    + "app runs (a helper method's parameter?), so it was not read");
            return Optional.empty();
        }
        Optional<List<String>> scopePath = classes.constructs().path(scope, in);
        if (scopePath.isEmpty()) {
            notes.add("the scope " + scope + " of the " + kind + " at " + at(id) + call + " is known only when the "
                    + "app runs: its id " + known.get() + " is taken as its logical id");
        }
        List<String> path = new ArrayList<>(scopePath.orElse(List.of()));
        path.add(known.get());
        String logicalId = CdkConstructs.logicalId(path);
        String cloudFormationType = CdkTypes.RESOURCES.get(type).cloudFormationType();
        if (frame != null && constructOrder.stream().anyMatch(c -> c.id().equals(logicalId)
                && c.type().equals(cloudFormationType))) {
            notes.add("skipped the " + kind + " at " + at(id) + call + ": its id " + logicalId + " is already "
                    + "another construct's");
            return Optional.empty();
        }
        Construct construct = new Construct(logicalId, cloudFormationType, node, where,
                name == null ? new Value.Unknown("named by CloudFormation when deployed") : name);
        keys.forEach(key -> constructs.put(key, construct));
        if (frame != null) {
            framedConstructs.add(new Framed(node, frame, construct));
        }
        constructOrder.add(construct);
        return Optional.of(construct);
    }

    /** Whether a helper returns what a node builds: {@code return fn;} or {@code return Function.Builder...build();}. */
    private boolean returns(CallableDeclaration<?> method, Node node) {
        for (ReturnStmt ret : Trees.findAll(method, ReturnStmt.class)) {
            Optional<Expression> e = ret.getExpression().map(CdkChain::unwrap);
            for (int depth = 0; e.isPresent() && depth < 8; depth++) {
                if (e.get() == node) {
                    return true;
                }
                e = e.get() instanceof NameExpr ? values.valueOf(e.get()).map(CdkChain::unwrap) : Optional.empty();
            }
        }
        return false;
    }

    /** {@code Queue.fromQueueArn(this, "Jobs", "arn:aws:sqs:...:jobs")}: an existing resource, named by its ARN. */
    private void importedResource(MethodCallExpr call) {
        if (!CdkTypes.IMPORTS.contains(call.getNameAsString()) || call.getArguments().size() < 3
                || call.getScope().isEmpty()) {
            return;
        }
        String type = CdkTypes.resolve(unit, call.getScope().get().toString()).orElse("");
        if (CdkTypes.RESOURCES.containsKey(type)) {
            construct(type, call.getArgument(0), call.getArgument(1), call, values.eval(call.getArgument(2)), values,
                    at(call.getArgument(1)), List.of(call), null);
        }
    }

    private void function(String type, Construct construct, CdkChain props, CdkValues in, List<Node> keys) {
        if (!type.equals(CdkTypes.FUNCTION)) {
            return;
        }
        CdkFunction function = new CdkFunction(construct.id(), construct.at(), props, in);
        keys.forEach(key -> functions.put(key, function));
        framedFunctions.put(construct, function);
        functionOrder.add(function);
    }

    /**
     * Function props another construct takes ({@code SqsToLambda.Builder.create(this, "Jobs")
     * .lambdaFunctionProps(props)}): the function is named by that construct, and reached through its
     * {@code getLambdaFunction()}.
     */
    private void ownedFunction(CdkChain props) {
        List<Node> uses = new ArrayList<>();
        Node parent = props.build().getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator variable) {
            for (NameExpr use : Trees.findAll(unit, NameExpr.class)) {
                if (use.getNameAsString().equals(variable.getNameAsString())
                        && values.valueOf(use).filter(v -> v == props.build()).isPresent()) {
                    uses.add(use);
                }
            }
        } else {
            uses.add(props.build());
        }
        for (Node use : uses) {
            Optional<Owner> owner = owner(use);
            if (owner.isPresent() && !functions.containsKey(owner.get().node())) {
                CdkFunction function = new CdkFunction(owner.get().id(), owner.get().at(), props, values);
                functions.put(owner.get().node(), function);
                functionOrder.add(function);
                constructOrder.add(new Construct(owner.get().id(), CloudFormationReader.FUNCTION,
                        owner.get().node(), owner.get().at(), function.functionName()));
                return;
            }
        }
    }

    private record Owner(String id, Node node, Location at) {
    }

    /** The construct whose creation takes the expression: {@code X.Builder.create(this, "Id")} or {@code new X(this, "Id", ...)}. */
    private Optional<Owner> owner(Node use) {
        for (Node n = use.getParentNode().orElse(null); n != null && !(n instanceof Statement)
                && !(n instanceof BodyDeclaration<?>); n = n.getParentNode().orElse(null)) {
            if (n instanceof MethodCallExpr call) {
                Optional<CdkChain> chain = CdkChain.of(call);
                if (chain.isPresent() && chain.get().arguments().size() >= 2) {
                    Expression id = chain.get().arguments().get(1);
                    return Optional.of(new Owner(id(id), call, at(id)));
                }
            }
            if (n instanceof ObjectCreationExpr creation && classes.constructs().created(creation).isPresent()) {
                return Optional.empty(); // a construct of the app: read through its constructor
            }
            if (n instanceof ObjectCreationExpr creation && creation.getArguments().size() >= 2
                    && !creation.getType().getNameAsString().equals("Builder")) {
                return Optional.of(new Owner(id(creation.getArgument(1)), creation, at(creation.getArgument(1))));
            }
        }
        return Optional.empty();
    }

    /** The builder chain an expression evaluates to, through the variables that hold it. */
    Optional<CdkChain> chainOf(Expression expression, int depth) {
        Expression e = CdkChain.unwrap(expression);
        if ((e instanceof NameExpr || e instanceof FieldAccessExpr) && depth < 8) {
            return values.valueOf(e).flatMap(v -> chainOf(v, depth + 1));
        }
        return CdkChain.of(e);
    }

    /** The construct an expression evaluates to, through the variables and fields that hold it. */
    Optional<Construct> constructOf(Expression expression) {
        return nodeOf(expression, 0).map(constructs::get);
    }

    /** The function an expression evaluates to: a {@code Function}, or a construct's {@code getLambdaFunction()}. */
    Optional<CdkFunction> functionOf(Expression expression) {
        Expression e = CdkChain.unwrap(expression);
        if (e instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()
                && (call.getNameAsString().equals("getLambdaFunction") || call.getNameAsString().equals("getFunction"))) {
            return nodeOf(call.getScope().get(), 0).map(functions::get);
        }
        return nodeOf(e, 0).map(functions::get);
    }

    /**
     * The construct an expression is as the frame of the values it is read with makes it: an instance's own
     * bucket, or a construct of another file of the app handed in ({@code props.getQueue()}).
     */
    Optional<Construct> constructOf(Expression expression, CdkValues in) {
        Optional<Construct> written = constructOf(expression);
        if (written.isPresent()) {
            return written;
        }
        CdkValues.Bound bound = in.follow(expression);
        CdkStackReader owner = ownerOf(bound.expression());
        return owner.constructOf(bound.expression())
                .or(() -> owner.framedConstruct(bound.expression(), bound.values().frame()));
    }

    /** The function an expression is as the frame of the values it is read with makes it (see above). */
    Optional<CdkFunction> functionOf(Expression expression, CdkValues in) {
        Optional<CdkFunction> written = functionOf(expression);
        if (written.isPresent()) {
            return written;
        }
        CdkValues.Bound bound = in.follow(expression);
        CdkStackReader owner = ownerOf(bound.expression());
        return owner.functionOf(bound.expression()).or(() -> owner.framedConstruct(bound.expression(),
                bound.values().frame()).map(owner.framedFunctions::get));
    }

    /** The frames a node of a helper or a construct class is read in ({@link CdkHelpers#frames}). */
    Optional<List<CdkFrame>> frames(Node node) {
        return classes.helpers().frames(node);
    }

    /** The reader of the file a node of the app is in (this one, unless a construct of another file is handed in). */
    private CdkStackReader ownerOf(Node node) {
        return node.findCompilationUnit().filter(u -> u != unit).flatMap(classes::reader).orElse(this);
    }

    private Optional<Node> nodeOf(Expression expression, int depth) {
        Expression e = CdkChain.unwrap(expression);
        if (constructs.containsKey(e) || functions.containsKey(e)) {
            return Optional.of(e);
        }
        if ((e instanceof NameExpr || e instanceof FieldAccessExpr) && depth < 8) {
            return values.valueOf(e).flatMap(v -> nodeOf(v, depth + 1));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Value.ResourceRef> reference(Expression construct, CdkFrame frame) {
        if (!(construct instanceof NameExpr || construct instanceof FieldAccessExpr
                || construct instanceof MethodCallExpr || construct instanceof ObjectCreationExpr)) {
            return Optional.empty();
        }
        CdkStackReader owner = ownerOf(construct);
        if (owner != this) {
            return owner.reference(construct, frame);
        }
        return constructOf(construct).or(() -> framedConstruct(construct, frame))
                .map(c -> new Value.ResourceRef(path, c.id(), c.type(), null));
    }

    /** The construct an expression is in one frame, when several frames make one of their own at that node. */
    private Optional<Construct> framedConstruct(Expression expression, CdkFrame frame) {
        Expression e = CdkChain.unwrap(expression);
        for (int depth = 0; frame != null && e != null && depth < 8; depth++) {
            for (Framed framed : framedConstructs) {
                if (framed.node() == e && sameCalls(framed.frame(), frame)) {
                    return Optional.of(framed.construct());
                }
            }
            e = e instanceof NameExpr || e instanceof FieldAccessExpr
                    ? values.valueOf(e).map(CdkChain::unwrap).orElse(null) : null;
        }
        return Optional.empty();
    }

    /**
     * Whether two frames are made by the same calls (by identity: parsed nodes compare by their text). The
     * {@code new} of a stack a frame passes through (a construct reached through the stack's getter) makes no
     * construct of its own: the stack's code is read once.
     */
    private boolean sameCalls(CdkFrame a, CdkFrame b) {
        CdkFrame x = skipStacks(a);
        CdkFrame y = skipStacks(b);
        while (x != null && y != null) {
            if (x.call() != y.call() || x.method() != y.method()) {
                return false;
            }
            x = skipStacks(x.caller());
            y = skipStacks(y.caller());
        }
        return x == null && y == null;
    }

    private CdkFrame skipStacks(CdkFrame frame) {
        CdkFrame f = frame;
        while (f != null && classes.helpers().isStackConstructor(f.method())) {
            f = f.caller();
        }
        return f;
    }

    private record Framed(Node node, CdkFrame frame, Construct construct) {
    }

    @Override
    public Optional<VariableDeclarator> constant(String type, String field) {
        return classes.constant(type, field);
    }

    @Override
    public Optional<MethodDeclaration> method(MethodCallExpr call) {
        return classes.helpers().method(call);
    }

    @Override
    public Optional<TypeDeclaration<?>> created(ObjectCreationExpr creation) {
        return classes.constructs().created(creation);
    }

    @Override
    public Optional<ConstructorDeclaration> constructor(ObjectCreationExpr creation) {
        return classes.constructs().constructor(creation);
    }

    @Override
    public Optional<List<CdkFrame>> instances(ConstructorDeclaration constructor) {
        return classes.helpers().instances(constructor);
    }

    @Override
    public void handedDifferently(NameExpr parameter, List<CdkFrame> instances) {
        String note = "the parameter " + parameter + " of " + instances.get(0).method().getNameAsString() + " is left "
                + "unknown: its " + instances.size() + " news (" + String.join(", ", instances.stream()
                .map(i -> at(i.call()).toString()).toList()) + ") hand in different values, and the stack is read once";
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    String id(Expression id) {
        return values.eval(id).literal().orElse(id.toString());
    }

    /** Where a node of the app is: in this file, or in the file of the helper or caller it belongs to. */
    Location at(Node node) {
        String file = node.findCompilationUnit().flatMap(classes::path).orElse(path);
        return node.getBegin().map(p -> new Location(file, p.line, p.column)).orElse(new Location(file, 1, 1));
    }

    String path() {
        return path;
    }

    CompilationUnit unit() {
        return unit;
    }
}
