package dev.lambdalint.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event sources of a serverless.yml function's {@code events} list. A bucket or topic given by name is one
 * the framework creates with that name, so the name identifies it.
 */
final class ServerlessEvents {
    private ServerlessEvents() {
    }

    static List<EventSource> read(TemplateNode events, Intrinsics intrinsics) {
        List<EventSource> sources = new ArrayList<>();
        int index = 0;
        for (TemplateNode event : events.items()) {
            index++;
            for (Map.Entry<String, TemplateNode> entry : event.fields().entrySet()) {
                String name = entry.getKey() + "#" + index;
                sources.add(source(entry.getKey(), name, entry.getValue(), event.keyAt(entry.getKey()), intrinsics));
            }
        }
        return sources;
    }

    private static EventSource source(String type, String name, TemplateNode spec, Location at, Intrinsics intrinsics) {
        boolean simple = spec instanceof TemplateNode.Scalar || spec.isIntrinsic();
        return switch (type) {
            case "s3" -> {
                List<TemplateNode> rules = spec.get("rules").map(TemplateNode::items).orElse(List.of());
                yield EventSource.s3(name, intrinsics.eval(simple ? spec : spec.get("bucket").orElse(spec)), at,
                        spec.text("event").map(List::of).orElse(List.of("s3:ObjectCreated:*")),
                        rule(rules, "prefix", intrinsics), rule(rules, "suffix", intrinsics));
            }
            case "sqs" -> EventSource.of(TriggerKind.SQS, name, intrinsics.eval(simple ? spec : field(spec, "arn")), at,
                    spec.get("filterPatterns").isPresent());
            case "sns" -> EventSource.of(TriggerKind.SNS, name, intrinsics.eval(simple ? spec
                            : spec.get("arn").or(() -> spec.get("topicName")).orElse(spec)), at,
                    spec.get("filterPolicy").isPresent());
            case "stream" -> {
                Value stream = intrinsics.eval(simple ? spec : field(spec, "arn"));
                yield EventSource.of(streamKind(spec.text("type"), stream), name, stream, at,
                        spec.get("filterPatterns").isPresent());
            }
            case "eventBridge" -> spec.get("pattern").isPresent()
                    ? EventSource.rule(name, new Value.Unknown("a rule the framework creates"), at,
                            spec.get("pattern").get(), spec.get("eventBus").map(intrinsics::eval).orElse(null))
                    : EventSource.of(TriggerKind.SCHEDULE, name, new Value.Unknown("a schedule"), at, false);
            case "schedule" -> EventSource.of(TriggerKind.SCHEDULE, name, new Value.Unknown("a schedule"), at, false);
            case "http", "httpApi", "websocket", "alb" ->
                    EventSource.of(TriggerKind.API, name, new Value.Unknown("an API"), at, false);
            default -> EventSource.of(TriggerKind.OTHER, name, new Value.Unknown(type + " event"), at, false);
        };
    }

    private static TemplateNode field(TemplateNode spec, String key) {
        return spec.get(key).orElse(new TemplateNode.Scalar(null, spec.at()));
    }

    private static TriggerKind streamKind(Optional<String> type, Value stream) {
        String hint = type.orElse("") + " " + (stream instanceof Value.ResourceRef ref ? ref.type()
                : stream.literal().orElse(""));
        if (hint.startsWith("dynamodb") || hint.contains("DynamoDB") || hint.contains(":dynamodb:")) {
            return TriggerKind.DYNAMODB;
        }
        return hint.startsWith("kinesis") || hint.contains("Kinesis") || hint.contains(":kinesis:")
                ? TriggerKind.KINESIS : TriggerKind.OTHER;
    }

    private static String rule(List<TemplateNode> rules, String kind, Intrinsics intrinsics) {
        for (TemplateNode rule : rules) {
            Optional<TemplateNode> value = rule.get(kind);
            if (value.isPresent()) {
                return intrinsics.eval(value.get()).literal().orElse(null);
            }
        }
        return "";
    }
}
