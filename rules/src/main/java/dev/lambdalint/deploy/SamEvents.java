package dev.lambdalint.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The event sources of a SAM function's {@code Events} property. */
final class SamEvents {
    private SamEvents() {
    }

    static List<EventSource> read(TemplateNode events, Intrinsics intrinsics) {
        List<EventSource> sources = new ArrayList<>();
        for (Map.Entry<String, TemplateNode> event : events.fields().entrySet()) {
            String name = event.getKey();
            TemplateNode properties = event.getValue().get("Properties").orElse(event.getValue());
            Location at = events.keyAt(name);
            String type = event.getValue().text("Type").orElse("");
            sources.add(switch (type) {
                case "S3" -> EventSource.s3(name, value(properties, "Bucket", intrinsics), at,
                        texts(properties.get("Events").map(TemplateNode::items).orElse(List.of())),
                        keyFilter(properties.path("Filter", "S3Key", "Rules").orElse(null), "prefix", intrinsics),
                        keyFilter(properties.path("Filter", "S3Key", "Rules").orElse(null), "suffix", intrinsics));
                case "SQS" -> EventSource.of(TriggerKind.SQS, name, value(properties, "Queue", intrinsics), at,
                        properties.get("FilterCriteria").isPresent());
                case "SNS" -> EventSource.of(TriggerKind.SNS, name, value(properties, "Topic", intrinsics), at,
                        properties.get("FilterPolicy").isPresent());
                case "DynamoDB" -> EventSource.of(TriggerKind.DYNAMODB, name, value(properties, "Stream", intrinsics),
                        at, properties.get("FilterCriteria").isPresent());
                case "Kinesis" -> EventSource.of(TriggerKind.KINESIS, name, value(properties, "Stream", intrinsics),
                        at, properties.get("FilterCriteria").isPresent());
                case "EventBridgeRule", "CloudWatchEvent" -> EventSource.rule(name,
                        new Value.Unknown("a rule SAM creates"), at, properties.get("Pattern").orElse(null),
                        properties.get("EventBusName").map(intrinsics::eval).orElse(null));
                case "Schedule", "ScheduleV2" -> EventSource.of(TriggerKind.SCHEDULE, name,
                        new Value.Unknown("a schedule"), at, false);
                case "Api", "HttpApi" -> EventSource.of(TriggerKind.API, name, new Value.Unknown("an API"), at, false);
                default -> EventSource.of(TriggerKind.OTHER, name, new Value.Unknown(type + " event"), at, false);
            });
        }
        return sources;
    }

    /**
     * The value of an S3 key filter rule ({@code Name: prefix}, {@code Value: uploads/}): "" for none, null when
     * there is one whose value is known only at deploy time.
     */
    static String keyFilter(TemplateNode rules, String kind, Intrinsics intrinsics) {
        if (rules == null) {
            return "";
        }
        for (TemplateNode rule : rules.items()) {
            if (rule.text("Name").map(n -> n.toLowerCase(Locale.ROOT)).filter(kind::equals).isPresent()) {
                return rule.get("Value").flatMap(v -> intrinsics.eval(v).literal()).orElse(null);
            }
        }
        return "";
    }

    static List<String> texts(List<TemplateNode> nodes) {
        return nodes.stream().flatMap(n -> n.text().stream()).toList();
    }

    private static Value value(TemplateNode properties, String key, Intrinsics intrinsics) {
        return properties.get(key).map(intrinsics::eval).orElse(new Value.Unknown("no " + key));
    }
}
