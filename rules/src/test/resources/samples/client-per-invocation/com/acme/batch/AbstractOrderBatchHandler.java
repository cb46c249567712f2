package com.acme.batch;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The per-message work of the batch handlers below, called back by Powertools for every message. */
public class AbstractOrderBatchHandler {

    protected void processMessage(Order order) {
        DynamoDbClient ddb = DynamoDbClient.create(); // Noncompliant {{DynamoDbClient (AWS SDK v2 service client) is built on every invocation of OrderBatchHandler.handleRequest}}
        ddb.putItem(r -> r.tableName("orders"));
    }
}
