package com.acme.orders;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Builds the clients the handlers use. */
final class Clients {

    private Clients() {
    }

    static DynamoDbClient dynamo() {
        return DynamoDbClient.builder()
                .region(Endpoints.REGION)
                .endpointOverride(Endpoints.local())
                .credentialsProvider(Endpoints.CREDENTIALS)
                .build();
    }
}
