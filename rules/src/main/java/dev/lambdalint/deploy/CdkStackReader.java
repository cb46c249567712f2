package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
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
                    construct(type, chain.arguments().get(1), call,
                            chain.argument(CdkTypes.RESOURCES.get(type).nameProperty()).orElse(null))
                            .filter(c -> type.equals(CdkTypes.FUNCTION)).ifPresent(c -> function(c, chain));
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
                Optional<Construct> construct = construct(type, creation.getArgument(1), creation, chain.flatMap(c ->
                        c.argument(CdkTypes.RESOURCES.get(type).nameProperty())).orElse(null));
                if (type.equals(CdkTypes.FUNCTION)) {
                    construct.ifPresent(c -> function(c, chain.orElse(null)));
                    chain.ifPresent(consumed::add);
                }
            }
        }
        for (CdkChain chain : props) {
            if (consumed.stream().noneMatch(c -> c.build() == chain.build())) {
                ownedFunction(chain);
            }
        }
        CdkTriggers triggers = new CdkTriggers(unit, this, values);
        triggers.read();
        for (CdkFunction function : functionOrder) {
            triggers.propsEvents(function);
            LambdaFunction lambda = function.toFunction(path, values, this::at, triggers.environment(function));
            content.functions().add(lambda);
            function.code(lambda, appDir, values).ifPresent(content.code()::add);
        }
        for (Construct construct : constructOrder) {
            content.resources().add(new CloudResource(path, construct.id(), construct.type(),
                    construct.physicalName(), construct.at()));
        }
    }

    /**
     * A construct, when its id is known: one built in a helper method from the helper's parameters stands for as
     * many constructs as the helper has callers, which are not followed; it is noted and left out.
     */
    private Optional<Construct> construct(String type, Expression id, Node node, Expression name) {
        Optional<String> known = values.eval(id).literal();
        if (known.isEmpty()) {
            notes.add("skipped the " + type.substring(type.lastIndexOf('.') + 1) + " at " + at(id) + ": its id "
                    + id + " is known only when the app runs (a helper method's parameter?), so it was not read");
            return Optional.empty();
        }
        Construct construct = new Construct(known.get(), CdkTypes.RESOURCES.get(type).cloudFormationType(), node,
                at(id), name == null ? new Value.Unknown("named by CloudFormation when deployed") : values.eval(name));
        constructs.put(node, construct);
        constructOrder.add(construct);
        return Optional.of(construct);
    }

    /** {@code Queue.fromQueueArn(this, "Jobs", "arn:aws:sqs:...:jobs")}: an existing resource, named by its ARN. */
    private void importedResource(MethodCallExpr call) {
        if (!CdkTypes.IMPORTS.contains(call.getNameAsString()) || call.getArguments().size() < 3
                || call.getScope().isEmpty()) {
            return;
        }
        String type = CdkTypes.resolve(unit, call.getScope().get().toString()).orElse("");
        if (CdkTypes.RESOURCES.containsKey(type)) {
            construct(type, call.getArgument(1), call, call.getArgument(2));
        }
    }

    private void function(Construct construct, CdkChain props) {
        CdkFunction function = new CdkFunction(construct.id(), construct.at(), props);
        functions.put(construct.node(), function);
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
                CdkFunction function = new CdkFunction(owner.get().id(), owner.get().at(), props);
                functions.put(owner.get().node(), function);
                functionOrder.add(function);
                constructOrder.add(new Construct(owner.get().id(), CloudFormationReader.FUNCTION,
                        owner.get().node(), owner.get().at(), function.functionName(values)));
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

    String id(Expression id) {
        return values.eval(id).literal().orElse(id.toString());
    }

    Location at(Node node) {
        return node.getBegin().map(p -> new Location(path, p.line, p.column)).orElse(new Location(path, 1, 1));
    }

    String path() {
        return path;
    }

    CompilationUnit unit() {
        return unit;
    }
}
