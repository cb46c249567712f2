package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
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
    private final List<CdkFunction> functionOrder = new ArrayList<>();
    private final List<String> notes;

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
    }

    /** Adds the functions of the file, each with its triggers and code, and its resources. */
    void read(TemplateContent content) {
        List<CdkChain> props = new ArrayList<>();
        for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
            CdkChain.of(call).ifPresent(chain -> {
                String type = CdkTypes.resolve(unit, chain.type()).orElse("");
                if (CdkTypes.RESOURCES.containsKey(type) && chain.arguments().size() >= 2) {
                    declare(type, chain.arguments().get(1), call,
                            chain.argument(CdkTypes.RESOURCES.get(type).nameProperty()).orElse(null), chain);
                } else if (type.equals(CdkTypes.FUNCTION_PROPS)) {
                    props.add(chain);
                }
            });
            importedResource(call);
        }
        List<CdkChain> consumed = new ArrayList<>();
        for (ObjectCreationExpr creation : unit.findAll(ObjectCreationExpr.class)) {
            String type = CdkTypes.resolve(unit, creation.getType().getNameWithScope()).orElse("");
            if (CdkTypes.RESOURCES.containsKey(type) && creation.getArguments().size() >= 2) {
                Optional<CdkChain> chain = creation.getArguments().size() > 2
                        ? chainOf(creation.getArgument(2), 0) : Optional.empty();
                declare(type, creation.getArgument(1), creation, chain.flatMap(c ->
                        c.argument(CdkTypes.RESOURCES.get(type).nameProperty())).orElse(null), chain.orElse(null));
                if (type.equals(CdkTypes.FUNCTION)) {
                    chain.ifPresent(consumed::add);
                }
            }
        }
        for (CdkChain chain : props) {
            if (consumed.stream().noneMatch(c -> c.build() == chain.build())) {
                ownedFunction(chain);
            }
        }
        new CdkTriggers(unit, this, values).read();
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

    /**
     * A construct (with its function, for a {@code Function}) as written, or, when a helper method of the app builds
     * it, once per call of the helper, read with that call's arguments ({@link CdkHelpers#frames}). A helper's
     * construct is located at the call that tells it from the helper's other constructs, or, for a helper called
     * once, where its id is written; it is reached through that call when the helper returns it.
     */
    private void declare(String type, Expression id, Node node, Expression name, CdkChain props) {
        List<CdkFrame> frames = classes.helpers().frames(node);
        if (frames.isEmpty()) {
            construct(type, id, node, name, values, at(id), List.of(node), null)
                    .ifPresent(c -> function(type, c, props, values, List.of(node)));
            return;
        }
        String kind = type.substring(type.lastIndexOf('.') + 1);
        notes.add("read the " + kind + " at " + at(id) + " once per call of the helper "
                + frames.get(0).method().getNameAsString() + "(...): " + frames.size() + " call"
                + (frames.size() == 1 ? "" : "s"));
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
            construct(type, id, node, name, in, where, keys, frame)
                    .ifPresent(c -> function(type, c, props, in, keys));
        }
    }

    /**
     * A construct, when its id is known: one whose id is computed when the app runs (a parameter of a method no
     * call of the app reaches, a value read from the environment) is noted and left out, as is a helper's second
     * construct of an id another already has.
     */
    private Optional<Construct> construct(String type, Expression id, Node node, Expression name, CdkValues in,
                                          Location where, List<Node> keys, CdkFrame frame) {
        Optional<String> known = in.eval(id).literal();
        String kind = type.substring(type.lastIndexOf('.') + 1);
        String call = frame == null ? "" : " (as the call at " + at(frame.call()) + " builds it)";
        if (known.isEmpty()) {
            notes.add("skipped the " + kind + " at " + at(id) + call + ": its id " + id + " is known only when the "
                    + "app runs (a helper method's parameter?), so it was not read");
            return Optional.empty();
        }
        String cloudFormationType = CdkTypes.RESOURCES.get(type).cloudFormationType();
        if (frame != null && constructOrder.stream().anyMatch(c -> c.id().equals(known.get())
                && c.type().equals(cloudFormationType))) {
            notes.add("skipped the " + kind + " at " + at(id) + call + ": its id " + known.get() + " is already "
                    + "another construct's");
            return Optional.empty();
        }
        Construct construct = new Construct(known.get(), cloudFormationType, node, where,
                name == null ? new Value.Unknown("named by CloudFormation when deployed") : in.eval(name));
        keys.forEach(key -> constructs.put(key, construct));
        constructOrder.add(construct);
        return Optional.of(construct);
    }

    /** Whether a helper returns what a node builds: {@code return fn;} or {@code return Function.Builder...build();}. */
    private boolean returns(MethodDeclaration method, Node node) {
        for (ReturnStmt ret : method.findAll(ReturnStmt.class)) {
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
            construct(type, call.getArgument(1), call, call.getArgument(2), values, at(call.getArgument(1)),
                    List.of(call), null);
        }
    }

    private void function(String type, Construct construct, CdkChain props, CdkValues in, List<Node> keys) {
        if (!type.equals(CdkTypes.FUNCTION)) {
            return;
        }
        CdkFunction function = new CdkFunction(construct.id(), construct.at(), props, in);
        keys.forEach(key -> functions.put(key, function));
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
            for (NameExpr use : unit.findAll(NameExpr.class)) {
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
    public Optional<Value.ResourceRef> reference(Expression construct) {
        if (!(construct instanceof NameExpr || construct instanceof FieldAccessExpr
                || construct instanceof MethodCallExpr || construct instanceof ObjectCreationExpr)) {
            return Optional.empty();
        }
        return constructOf(construct).map(c -> new Value.ResourceRef(path, c.id(), c.type(), null));
    }

    @Override
    public Optional<VariableDeclarator> constant(String type, String field) {
        return classes.constant(type, field);
    }

    @Override
    public Optional<MethodDeclaration> method(MethodCallExpr call) {
        return classes.helpers().method(call);
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
