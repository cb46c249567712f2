package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a CDK app wires to its functions: event sources ({@code fn.addEventSource(new SqsEventSource(queue))},
 * the {@code events} property), bucket notifications ({@code bucket.addEventNotification(EventType.OBJECT_CREATED,
 * new LambdaDestination(fn), NotificationKeyFilter.builder().prefix("in/").build())}), topic subscriptions
 * ({@code topic.addSubscription(new LambdaSubscription(fn))}), event source mappings, and environment variables
 * ({@code environment(Map.of(...))}, a map variable filled with {@code put}, {@code fn.addEnvironment(...)}).
 */
final class CdkTriggers {
    private static final String OBJECT_CREATED = "s3:ObjectCreated:*";
    private static final String OBJECT_REMOVED = "s3:ObjectRemoved:*";
    private static final Set<String> WIRING = Set.of("addEventSource", "addEnvironment", "addEventNotification",
            "addObjectCreatedNotification", "addObjectRemovedNotification", "addSubscription", "addEventSourceMapping");

    private final CompilationUnit unit;
    private final CdkStackReader reader;
    private final CdkValues values;

    CdkTriggers(CompilationUnit unit, CdkStackReader reader, CdkValues values) {
        this.unit = unit;
        this.reader = reader;
        this.values = values;
    }

    /**
     * Wires the file's triggers. One wired in a helper or a construct class is wired once per call or instance
     * that runs it, read with that frame's values: each instance's function gets its own instance's queue or
     * bucket; one in a construct class nothing creates wires nothing.
     */
    void read() {
        for (MethodCallExpr call : Trees.findAll(unit, MethodCallExpr.class)) {
            if (call.getScope().isEmpty() || !WIRING.contains(call.getNameAsString())) {
                continue;
            }
            Optional<List<CdkFrame>> frames = reader.frames(call);
            if (frames.isEmpty()) {
                wire(call);
            }
            for (CdkFrame frame : frames.orElse(List.of())) {
                new CdkTriggers(unit, reader, values.in(frame)).wire(call);
            }
        }
    }

    private void wire(MethodCallExpr call) {
        Expression scope = call.getScope().orElseThrow();
        switch (call.getNameAsString()) {
            case "addEventSource" -> reader.functionOf(scope, values).ifPresent(fn ->
                    first(call).flatMap(this::eventSource).ifPresent(fn::addEvent));
            case "addEnvironment" -> reader.functionOf(scope, values).ifPresent(fn -> {
                if (call.getArguments().size() >= 2) {
                    values.eval(call.getArgument(0)).literal().ifPresent(name -> fn.addEnvironment(name,
                            Setting.written(values.eval(call.getArgument(1)), reader.at(call.getName()))));
                }
            });
            case "addEventNotification" -> notification(call, scope, 1, null);
            case "addObjectCreatedNotification" -> notification(call, scope, 0, OBJECT_CREATED);
            case "addObjectRemovedNotification" -> notification(call, scope, 0, OBJECT_REMOVED);
            case "addSubscription" -> subscription(call, scope);
            case "addEventSourceMapping" -> mapping(call, scope);
            default -> {
            }
        }
    }

    /** The events property of the function's props: {@code events(List.of(new SqsEventSource(queue)))}. */
    void propsEvents(CdkFunction function) {
        if (function.props() != null) {
            function.props().argument("events").ifPresent(list ->
                    items(list, 0).forEach(item -> eventSource(item).ifPresent(function::addEvent)));
        }
    }

    /** The variables of the props' {@code environment}: a {@code Map.of}, or a map variable filled with put. */
    Map<String, Setting> environment(CdkFunction function) {
        Map<String, Setting> variables = new LinkedHashMap<>();
        if (function.props() != null) {
            function.props().argument("environment").ifPresent(map -> entries(map, variables, 0));
        }
        return variables;
    }

    private void entries(Expression expression, Map<String, Setting> variables, int depth) {
        Expression e = CdkChain.unwrap(expression);
        if (depth > 6) {
            return;
        }
        if (e instanceof MethodCallExpr call && call.getNameAsString().equals("of") && isMap(call.getScope())) {
            for (int i = 0; i + 1 < call.getArguments().size(); i += 2) {
                entry(call.getArgument(i), call.getArgument(i + 1), variables);
            }
        } else if (e instanceof MethodCallExpr call && call.getNameAsString().equals("ofEntries")) {
            for (Expression item : call.getArguments()) {
                if (CdkChain.unwrap(item) instanceof MethodCallExpr entry && entry.getNameAsString().equals("entry")
                        && entry.getArguments().size() == 2) {
                    entry(entry.getArgument(0), entry.getArgument(1), variables);
                }
            }
        } else if (e instanceof ObjectCreationExpr creation && creation.getArguments().size() == 1) {
            entries(creation.getArgument(0), variables, depth + 1); // new HashMap<>(Map.of(...))
        } else if (e instanceof NameExpr name) {
            values.valueOf(name).ifPresent(initial -> {
                entries(initial, variables, depth + 1);
                for (MethodCallExpr put : Trees.findAll(unit, MethodCallExpr.class)) {
                    if (put.getNameAsString().equals("put") && put.getArguments().size() == 2
                            && put.getScope().filter(s -> s instanceof NameExpr n
                            && n.getNameAsString().equals(name.getNameAsString())
                            && values.valueOf(n).filter(v -> v == initial).isPresent()).isPresent()) {
                        entry(put.getArgument(0), put.getArgument(1), variables);
                    }
                }
            });
        }
    }

    private static boolean isMap(Optional<Expression> scope) {
        return scope.filter(s -> s.toString().equals("Map") || s.toString().equals("java.util.Map")).isPresent();
    }

    private void entry(Expression key, Expression value, Map<String, Setting> variables) {
        values.eval(key).literal().ifPresent(name ->
                variables.put(name, Setting.written(values.eval(value), reader.at(key))));
    }

    /** An event source: {@code new SqsEventSource(queue[, props])} or {@code SqsEventSource.Builder.create(queue)...}. */
    private Optional<EventSource> eventSource(Expression expression) {
        Expression e = CdkChain.unwrap(expression);
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            return values.valueOf(e).flatMap(this::eventSource);
        }
        String type;
        Expression resource;
        CdkChain props;
        if (e instanceof ObjectCreationExpr creation && !creation.getArguments().isEmpty()) {
            type = creation.getType().getNameWithScope();
            resource = creation.getArgument(0);
            props = creation.getArguments().size() > 1 ? reader.chainOf(creation.getArgument(1), 0).orElse(null)
                    : null;
        } else {
            Optional<CdkChain> chain = CdkChain.of(e);
            if (chain.isEmpty() || chain.get().arguments().isEmpty()) {
                return Optional.empty();
            }
            type = chain.get().type();
            resource = chain.get().arguments().get(0);
            props = chain.get();
        }
        String resolved = CdkTypes.resolve(reader.unit(), type).orElse("");
        if (!resolved.startsWith(CdkTypes.EVENT_SOURCES)) {
            return Optional.empty();
        }
        TriggerKind kind = CdkTypes.EVENT_SOURCE_KINDS.get(resolved.substring(CdkTypes.EVENT_SOURCES.length()));
        if (kind == null) {
            return Optional.empty();
        }
        String name = resolved.substring(CdkTypes.EVENT_SOURCES.length());
        Value target = values.eval(resource);
        Location at = reader.at(e);
        if (kind == TriggerKind.S3) {
            List<String> events = props == null ? List.of() : props.argument("events")
                    .map(list -> items(list, 0).stream().map(this::s3Event).toList()).orElse(List.of());
            List<Expression> filters = props == null ? List.of()
                    : props.argument("filters").map(list -> items(list, 0)).orElse(List.of());
            return Optional.of(EventSource.s3(name, target, at, events, keyFilter(filters, "prefix"),
                    keyFilter(filters, "suffix")));
        }
        boolean filtered = props != null && CdkTypes.FILTER_PROPERTIES.stream().anyMatch(props.setters()::containsKey);
        return Optional.of(EventSource.of(kind, name, target, at, filtered));
    }

    /** {@code bucket.addEventNotification(EventType.X, new LambdaDestination(fn), filters...)}. */
    private void notification(MethodCallExpr call, Expression bucket, int destinationIndex, String event) {
        if (call.getArguments().size() <= destinationIndex || reader.constructOf(bucket, values).isEmpty()) {
            return;
        }
        Expression destination = CdkChain.unwrap(call.getArgument(destinationIndex));
        Optional<CdkFunction> function = destinationFunction(destination, CdkTypes.S3_DESTINATION);
        if (function.isEmpty()) {
            return;
        }
        List<String> events = event != null ? List.of(event)
                : List.of(s3Event(call.getArgument(0)));
        List<Expression> filters = call.getArguments().subList(destinationIndex + 1, call.getArguments().size());
        function.get().addEvent(EventSource.s3(call.getNameAsString(), values.eval(bucket), reader.at(call.getName()),
                events, keyFilter(filters, "prefix"), keyFilter(filters, "suffix")));
    }

    /** {@code topic.addSubscription(new LambdaSubscription(fn[, props]))}. */
    private void subscription(MethodCallExpr call, Expression topic) {
        if (call.getArguments().isEmpty() || reader.constructOf(topic, values).isEmpty()) {
            return;
        }
        Expression subscription = CdkChain.unwrap(call.getArgument(0));
        destinationFunction(subscription, CdkTypes.SNS_SUBSCRIPTION).ifPresent(fn -> {
            ObjectCreationExpr creation = (ObjectCreationExpr) subscription;
            boolean filtered = creation.getArguments().size() > 1 && reader.chainOf(creation.getArgument(1), 0)
                    .filter(p -> CdkTypes.FILTER_PROPERTIES.stream().anyMatch(p.setters()::containsKey)).isPresent();
            fn.addEvent(EventSource.of(TriggerKind.SNS, "LambdaSubscription", values.eval(topic),
                    reader.at(call.getName()), filtered));
        });
    }

    /** {@code fn.addEventSourceMapping("Id", EventSourceMappingOptions.builder().eventSourceArn(...)...build())}. */
    private void mapping(MethodCallExpr call, Expression function) {
        Optional<CdkFunction> target = reader.functionOf(function, values);
        if (target.isEmpty() || call.getArguments().size() < 2) {
            return;
        }
        reader.chainOf(call.getArgument(1), 0).flatMap(options -> options.argument("eventSourceArn"))
                .ifPresent(arn -> {
                    Value source = values.eval(arn);
                    String type = source instanceof Value.ResourceRef ref ? ref.type() : "";
                    TriggerKind kind = type.startsWith("AWS::SQS::") ? TriggerKind.SQS
                            : type.startsWith("AWS::DynamoDB::") ? TriggerKind.DYNAMODB
                            : type.startsWith("AWS::Kinesis::") ? TriggerKind.KINESIS : TriggerKind.OTHER;
                    boolean filtered = reader.chainOf(call.getArgument(1), 0)
                            .filter(o -> o.setters().containsKey("filters")).isPresent();
                    target.get().addEvent(EventSource.of(kind, values.eval(call.getArgument(0)).literal()
                            .orElse("EventSourceMapping"), source, reader.at(call.getName()), filtered));
                });
    }

    /** The function a {@code new LambdaDestination(fn)} or {@code new LambdaSubscription(fn)} names. */
    private Optional<CdkFunction> destinationFunction(Expression expression, String type) {
        if (!(expression instanceof ObjectCreationExpr creation) || creation.getArguments().isEmpty()
                || !CdkTypes.resolve(reader.unit(), creation.getType().getNameWithScope()).orElse("").equals(type)) {
            return Optional.empty();
        }
        return reader.functionOf(creation.getArgument(0), values);
    }

    private Optional<Expression> first(MethodCallExpr call) {
        return call.getArguments().isEmpty() ? Optional.empty() : Optional.of(call.getArgument(0));
    }

    /** The items of {@code List.of(...)}, {@code Arrays.asList(...)}, a list variable, or a single value. */
    private List<Expression> items(Expression expression, int depth) {
        Expression e = CdkChain.unwrap(expression);
        if (e instanceof MethodCallExpr call && (call.getNameAsString().equals("of")
                || call.getNameAsString().equals("asList"))) {
            return new ArrayList<>(call.getArguments());
        }
        if ((e instanceof NameExpr || e instanceof FieldAccessExpr) && depth < 6) {
            Optional<Expression> value = values.valueOf(e);
            if (value.isPresent()) {
                return items(value.get(), depth + 1);
            }
        }
        return List.of(e);
    }

    private String s3Event(Expression expression) {
        Expression e = CdkChain.unwrap(expression);
        // an event type known only when the app runs matches no write: no loop is claimed on a guess
        return e instanceof FieldAccessExpr access ? CdkTypes.s3Event(access.getNameAsString()) : "s3:" + e;
    }

    /**
     * The prefix or suffix of the notification key filters: "" for none, null when one is set to a value known only
     * when the app runs.
     */
    private String keyFilter(List<Expression> filters, String kind) {
        for (Expression filter : filters) {
            Optional<CdkChain> chain = reader.chainOf(filter, 0);
            if (chain.isPresent() && chain.get().setters().containsKey(kind)) {
                return chain.get().argument(kind).flatMap(v -> values.eval(v).literal()).orElse(null);
            }
        }
        return "";
    }
}
