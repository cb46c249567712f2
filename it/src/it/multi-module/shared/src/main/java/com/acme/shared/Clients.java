package com.acme.shared;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A helper used by the handlers of other modules. */
public final class Clients {
    private Clients() {
    }

    public static DynamoDbClient dynamo() {
        return DynamoDbClient.create();
    }
}
