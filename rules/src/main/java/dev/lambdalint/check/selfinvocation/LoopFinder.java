package dev.lambdalint.check.selfinvocation;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.analysis.KeyShape;
import dev.lambdalint.analysis.Origin;
import dev.lambdalint.analysis.ValueOrigins;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.catalog.SelfInvocationCatalog;
import dev.lambdalint.catalog.ServiceWrite;
import dev.lambdalint.deploy.Deployment;
import dev.lambdalint.deploy.EventSource;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.Location;
import dev.lambdalint.deploy.Setting;
import dev.lambdalint.deploy.TemplateNode;
import dev.lambdalint.deploy.TriggerKind;
import dev.lambdalint.deploy.Value;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether one service write of a handler closes a loop: a Lambda invoke of the function itself, or a write
 * to a resource that triggers one of the functions running the handler, as the deployment resolves the names.
 */
public final class LoopFinder {

    /**
     * A loop found. {@code function} and {@code target} name it for people; {@code via} says how the code names the
     * target; {@code trigger} is where the template declares the trigger (null when there is none to point at).
     */
    record Loop(String function, String action, String target, String via, Location trigger, TriggerKind kind,
                boolean detectedByAws, boolean recursionAllowed) {
    }

    private final Deployment deployment;
    private final RequestParts parts;
    private final ValueOrigins origins;
    private final String handlerName;

    public LoopFinder(InvocationModel model, SelfInvocationCatalog knowledge, Deployment deployment, Handler handler) {
        this.deployment = deployment;
        this.parts = new RequestParts(model);
        this.origins = new ValueOrigins(model, knowledge, handler);
        this.handlerName = model.index().displayName(handler.type()) + "." + handler.method();
    }

    /** Whether the call closes a loop that self-invocation reports: its own name, or a resource triggering it. */
    public boolean closesLoop(MethodCallExpr call, CodeUnit unit, ServiceWrite write, List<LambdaFunction> functions) {
        return find(call, unit, write, functions).isPresent();
    }

    Optional<Loop> find(MethodCallExpr call, CodeUnit unit, ServiceWrite write, List<LambdaFunction> functions) {
        return switch (write.service()) {
            case "lambda" -> invoke(call, unit, write, functions);
            case "eventbridge" -> putEvents(call, unit, write, functions);
            default -> trigger(call, unit, write, functions);
        };
    }

    private Optional<Loop> invoke(MethodCallExpr call, CodeUnit unit, ServiceWrite write,
                                  List<LambdaFunction> functions) {
        String action = write.action(call.getNameAsString());
        Set<Origin> targets = originsOf(parts.target(call, unit, write));
        for (Origin origin : targets) {
            if (origin instanceof Origin.OwnName own) {
                String name = functions.isEmpty() ? handlerName : functions.get(0).name();
                return Optional.of(new Loop(name, action, name, own.how(), null, null, write.loopDetected(),
                        !functions.isEmpty() && allowsRecursion(functions.get(0))));
            }
        }
        for (LambdaFunction function : functions) {
            for (Origin origin : targets) {
                Optional<String> via = names(origin, function, function.self());
                if (via.isPresent()) {
                    return Optional.of(new Loop(function.name(), action, function.name(), via.get(), null,
                            null, write.loopDetected(), allowsRecursion(function)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Loop> trigger(MethodCallExpr call, CodeUnit unit, ServiceWrite write,
                                   List<LambdaFunction> functions) {
        String action = write.action(call.getNameAsString());
        TriggerKind kind = TriggerKind.valueOf(write.service().toUpperCase(Locale.ROOT));
        boolean s3 = kind == TriggerKind.S3;
        if (functions.isEmpty() && !s3) {
            return Optional.empty(); // no trigger is known, so where the write goes does not matter
        }
        Set<Origin> targets = originsOf(parts.target(call, unit, write));
        List<RequestParts.Part> keys = s3 ? parts.key(call, unit, write) : List.of();
        KeyShape key = keys.size() == 1 ? origins.keyShape(keys.get(0).expression(), keys.get(0).unit())
                : KeyShape.UNKNOWN;
        for (LambdaFunction function : functions) {
            for (EventSource source : function.events()) {
                if (source.kind() != kind || source.filtered() || s3 && !s3Triggered(source, write)) {
                    continue;
                }
                Optional<String> via = targets.stream()
                        .map(o -> o instanceof Origin.EventBucket && s3
                                ? Optional.of("the bucket of the S3 event it handles")
                                : names(o, function, source.resource()))
                        .flatMap(Optional::stream).findFirst();
                if (via.isPresent() && !(s3 && key.excludedBy(source.keyPrefix(), source.keySuffix()))) {
                    return Optional.of(new Loop(function.name(), action, deployment.describe(source.resource()),
                            via.get(), source.at(), kind, write.loopDetected(), allowsRecursion(function)));
                }
            }
        }
        // with no template, only overwriting the very object that triggered the function surely loops
        if (functions.isEmpty() && s3 && targets.contains(new Origin.EventBucket()) && key.isEventKey()) {
            return Optional.of(new Loop(handlerName, action, "the bucket of its S3 event",
                    "the bucket and key of the S3 event it handles (it overwrites the object that triggered it)",
                    null, kind, write.loopDetected(), false));
        }
        return Optional.empty();
    }

    private Optional<Loop> putEvents(MethodCallExpr call, CodeUnit unit, ServiceWrite write,
                                     List<LambdaFunction> functions) {
        if (functions.isEmpty()) {
            return Optional.empty(); // no rule triggers the function as far as is known
        }
        String action = write.action(call.getNameAsString());
        Optional<Set<String>> sources = literals(parts.property(call, unit, write.eventSource()));
        Optional<Set<String>> detailTypes = literals(parts.property(call, unit, write.eventDetailType()));
        Set<Origin> buses = originsOf(parts.target(call, unit, write));
        for (LambdaFunction function : functions) {
            for (EventSource source : function.events()) {
                if (source.kind() == TriggerKind.EVENTBRIDGE && source.pattern() != null
                        && patternMatches(source.pattern(), sources, detailTypes)
                        && busMatches(source.eventBus(), buses, function)) {
                    return Optional.of(new Loop(function.name(), action, source.name(),
                            describeEntry(sources, detailTypes), source.at(), source.kind(),
                            write.loopDetected(), allowsRecursion(function)));
                }
            }
        }
        return Optional.empty();
    }

    /** How the origin names the resource, when it surely does (a literal name, or a variable the template sets). */
    private Optional<String> names(Origin origin, LambdaFunction function, Value resource) {
        if (origin instanceof Origin.Literal literal
                && deployment.sameResource(new Value.Literal(literal.text()), resource)) {
            return Optional.of("\"" + literal.text() + "\"");
        }
        if (origin instanceof Origin.EnvironmentVariable variable) {
            Setting setting = function.environment().get(variable.name());
            if (setting != null && deployment.sameResource(setting.value(), resource)) {
                return Optional.of("environment variable " + variable.name() + ", set at " + setting.at());
            }
        }
        return Optional.empty();
    }

    /** Whether the S3 events of the trigger include the one the write causes. */
    private static boolean s3Triggered(EventSource source, ServiceWrite write) {
        if (source.keyPrefix() == null || source.keySuffix() == null) {
            return false; // a filter known only at deploy time may exclude the keys written
        }
        if (source.s3Events().isEmpty()) {
            return true;
        }
        for (String event : source.s3Events()) {
            String stem = event.endsWith("*") ? event.substring(0, event.length() - 1) : event;
            boolean wildcard = event.endsWith("*");
            if (write.s3Event() == null ? stem.startsWith("s3:ObjectCreated") || "s3:ObjectCreated:".startsWith(stem)
                    : wildcard ? write.s3Event().startsWith(stem) : write.s3Event().equals(event)) {
                return true;
            }
        }
        return false;
    }

    /** An EventBridge pattern that only lists sources and detail-types, all of which the entry's values match. */
    private static boolean patternMatches(TemplateNode pattern, Optional<Set<String>> sources,
                                          Optional<Set<String>> detailTypes) {
        if (pattern.fields().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, TemplateNode> field : pattern.fields().entrySet()) {
            Optional<Set<String>> written = switch (field.getKey()) {
                case "source" -> sources;
                case "detail-type" -> detailTypes;
                default -> Optional.empty(); // matching on the detail is beyond what the code tells
            };
            List<TemplateNode> allowed = field.getValue().items();
            if (written.isEmpty() || allowed.stream().anyMatch(v -> v.text().isEmpty())
                    || !allowed.stream().map(v -> v.text().get()).toList().containsAll(written.get())) {
                return false;
            }
        }
        return true;
    }

    private boolean busMatches(Value ruleBus, Set<Origin> entryBuses, LambdaFunction function) {
        boolean ruleOnDefault = ruleBus == null
                || ruleBus.literal().filter(b -> b.equals("default") || b.endsWith("/default")).isPresent();
        boolean entryOnDefault = entryBuses.isEmpty() || entryBuses.equals(Set.of(new Origin.Literal("default")));
        if (ruleOnDefault || entryOnDefault) {
            return ruleOnDefault && entryOnDefault;
        }
        return entryBuses.stream().anyMatch(o -> names(o, function, ruleBus).isPresent());
    }

    private static String describeEntry(Optional<Set<String>> sources, Optional<Set<String>> detailTypes) {
        List<String> parts = new java.util.ArrayList<>();
        sources.ifPresent(s -> parts.add("source " + String.join(", ", s)));
        detailTypes.ifPresent(d -> parts.add("detail-type " + String.join(", ", d)));
        return String.join("; ", parts);
    }

    /** The written-out values of the parts, when there is at least one and all are written out. */
    private Optional<Set<String>> literals(List<RequestParts.Part> found) {
        Set<Origin> all = originsOf(found);
        if (all.isEmpty() || !all.stream().allMatch(Origin.Literal.class::isInstance)) {
            return Optional.empty();
        }
        Set<String> texts = new LinkedHashSet<>();
        all.forEach(o -> texts.add(((Origin.Literal) o).text()));
        return Optional.of(texts);
    }

    private Set<Origin> originsOf(List<RequestParts.Part> found) {
        Set<Origin> all = new LinkedHashSet<>();
        found.forEach(p -> all.addAll(origins.of(p.expression(), p.unit())));
        return all;
    }

    private static boolean allowsRecursion(LambdaFunction function) {
        return function.recursiveLoop().value().literal().filter("Allow"::equalsIgnoreCase).isPresent();
    }
}
