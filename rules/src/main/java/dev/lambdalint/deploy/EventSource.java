package dev.lambdalint.deploy;

import java.util.List;

/**
 * Something that invokes a function. {@code resource} is the queue, topic, bucket, table (for a DynamoDB stream:
 * {@code Fn::GetAtt Table.StreamArn}), stream or rule; {@code at} is where the trigger is declared.
 *
 * @param s3Events  the S3 event types that trigger it ("s3:ObjectCreated:*"); empty when not S3 or not stated
 * @param keyPrefix the S3 key prefix filter, "" for none, null for one whose value is known only at deploy time
 * @param keySuffix the S3 key suffix filter, likewise
 * @param filtered  whether a filter (FilterCriteria, FilterPolicy) chooses which messages invoke the function
 * @param pattern   an EventBridge rule's event pattern, else null
 * @param eventBus  the EventBridge bus of the rule, null for the default bus
 */
public record EventSource(TriggerKind kind, String name, Value resource, Location at, List<String> s3Events,
                          String keyPrefix, String keySuffix, boolean filtered, TemplateNode pattern, Value eventBus) {

    public EventSource {
        s3Events = List.copyOf(s3Events);
    }

    public static EventSource of(TriggerKind kind, String name, Value resource, Location at, boolean filtered) {
        return new EventSource(kind, name, resource, at, List.of(), "", "", filtered, null, null);
    }

    public static EventSource s3(String name, Value bucket, Location at, List<String> events, String prefix,
                                 String suffix) {
        return new EventSource(TriggerKind.S3, name, bucket, at, events, prefix, suffix, false, null, null);
    }

    public static EventSource rule(String name, Value rule, Location at, TemplateNode pattern, Value eventBus) {
        return new EventSource(TriggerKind.EVENTBRIDGE, name, rule, at, List.of(), "", "", false, pattern, eventBus);
    }
}
