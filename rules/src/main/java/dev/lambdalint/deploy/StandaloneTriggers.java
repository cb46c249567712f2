package dev.lambdalint.deploy;

import java.util.List;
import java.util.Map;

/**
 * Triggers declared as resources of their own rather than on the function: an event source mapping, an SNS
 * subscription (a resource, or a topic's {@code Subscription} list), an S3 bucket's Lambda notification, an
 * EventBridge rule's target.
 */
final class StandaloneTriggers {
    private final Intrinsics intrinsics;
    private final String scope;
    private final List<TemplateContent.PendingTrigger> found;

    private StandaloneTriggers(Intrinsics intrinsics, String scope, List<TemplateContent.PendingTrigger> found) {
        this.intrinsics = intrinsics;
        this.scope = scope;
        this.found = found;
    }

    static void read(TemplateNode resources, String scope, Intrinsics intrinsics,
                     List<TemplateContent.PendingTrigger> found) {
        StandaloneTriggers triggers = new StandaloneTriggers(intrinsics, scope, found);
        for (Map.Entry<String, TemplateNode> resource : resources.fields().entrySet()) {
            TemplateNode properties = resource.getValue().get("Properties").orElse(null);
            if (properties != null) {
                triggers.read(resource.getKey(), resource.getValue().text("Type").orElse(""), properties,
                        resources.keyAt(resource.getKey()));
            }
        }
    }

    private void read(String id, String type, TemplateNode properties, Location at) {
        switch (type) {
            case "AWS::Lambda::EventSourceMapping" -> eventSourceMapping(id, properties, at);
            case "AWS::SNS::Subscription" -> {
                if (isLambda(properties)) {
                    add(properties, "Endpoint", EventSource.of(TriggerKind.SNS, id, eval(properties, "TopicArn"), at,
                            properties.get("FilterPolicy").isPresent()));
                }
            }
            case "AWS::SNS::Topic" -> {
                for (TemplateNode subscription : properties.get("Subscription").map(TemplateNode::items)
                        .orElse(List.of())) {
                    if (isLambda(subscription)) {
                        add(subscription, "Endpoint", EventSource.of(TriggerKind.SNS, id, ref(id, type), at, false));
                    }
                }
            }
            case "AWS::S3::Bucket" -> {
                for (TemplateNode notification : properties.path("NotificationConfiguration", "LambdaConfigurations")
                        .map(TemplateNode::items).orElse(List.of())) {
                    TemplateNode rules = notification.path("Filter", "S3Key", "Rules").orElse(null);
                    add(notification, "Function", EventSource.s3(id, ref(id, type), notification.at(),
                            notification.text("Event").stream().toList(),
                            SamEvents.keyFilter(rules, "prefix", intrinsics),
                            SamEvents.keyFilter(rules, "suffix", intrinsics)));
                }
            }
            case "AWS::Events::Rule" -> {
                for (TemplateNode target : properties.get("Targets").map(TemplateNode::items).orElse(List.of())) {
                    if (properties.get("EventPattern").isPresent()) {
                        add(target, "Arn", EventSource.rule(id, ref(id, type), at,
                                properties.get("EventPattern").get(),
                                properties.get("EventBusName").map(intrinsics::eval).orElse(null)));
                    } else {
                        add(target, "Arn", EventSource.of(TriggerKind.SCHEDULE, id, ref(id, type), at, false));
                    }
                }
            }
            default -> {
            }
        }
    }

    private void eventSourceMapping(String id, TemplateNode properties, Location at) {
        Value source = eval(properties, "EventSourceArn");
        add(properties, "FunctionName", EventSource.of(kindOf(source), id, source, at,
                properties.get("FilterCriteria").isPresent()));
    }

    private TriggerKind kindOf(Value source) {
        String hint = source instanceof Value.ResourceRef ref ? ref.type() : source.literal().orElse("");
        if (hint.startsWith("AWS::SQS::") || hint.startsWith("arn:aws:sqs:")) {
            return TriggerKind.SQS;
        }
        if (hint.startsWith("AWS::DynamoDB::") || hint.startsWith("arn:aws:dynamodb:")) {
            return TriggerKind.DYNAMODB;
        }
        if (hint.startsWith("AWS::Kinesis::") || hint.startsWith("arn:aws:kinesis:")) {
            return TriggerKind.KINESIS;
        }
        return TriggerKind.OTHER;
    }

    private static boolean isLambda(TemplateNode subscription) {
        return subscription.text("Protocol").filter("lambda"::equalsIgnoreCase).isPresent();
    }

    private void add(TemplateNode holder, String functionKey, EventSource source) {
        holder.get(functionKey)
                .ifPresent(f -> found.add(new TemplateContent.PendingTrigger(intrinsics.eval(f), source)));
    }

    private Value eval(TemplateNode properties, String key) {
        return properties.get(key).map(intrinsics::eval).orElse(new Value.Unknown("no " + key));
    }

    private Value ref(String id, String type) {
        return new Value.ResourceRef(scope, id, type, null);
    }
}
