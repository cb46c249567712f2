package dev.lambdalint.deploy;

/** What kind of event source invokes a function. */
public enum TriggerKind {
    SQS("queue"), SNS("topic"), S3("bucket"), DYNAMODB("table"), KINESIS("stream"), EVENTBRIDGE("event rule"),
    SCHEDULE("schedule"), API("API"), OTHER("event source");

    private final String noun;

    TriggerKind(String noun) {
        this.noun = noun;
    }

    /** "queue", "bucket": what the function is triggered by, for messages. */
    public String noun() {
        return noun;
    }
}
