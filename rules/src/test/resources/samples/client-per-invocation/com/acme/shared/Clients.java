package com.acme.shared;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Static helpers: two reached per invocation, one only from a static field initializer. */
public final class Clients {
    private static final SqsClient SQS = buildSqs();

    private Clients() {
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.create(); // Noncompliant {{via OrderHandler.handleRequest -> OrderHandler.save -> Clients.dynamo}}
    }

    public static EventBridgeClient eventBridge() {
        return EventBridgeClient.create(); // Noncompliant {{via OrderHandler.handleRequest -> Clients.eventBridge}}
    }

    private static SqsClient buildSqs() {
        return SqsClient.create();
    }

    public static SqsClient sqs() {
        return SQS;
    }
}
