package com.acme.shared;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Only a test calls this. */
public final class TestSupport {
    public static DynamoDbClient forTests() {
        return DynamoDbClient.create();
    }
}
