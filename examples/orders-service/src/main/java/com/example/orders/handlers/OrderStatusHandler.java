package com.example.orders.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.aws.Clients;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Reads an order's status. Correct: the client is built lazily, on the first invocation, and kept in a field
 * for the ones that follow.
 */
public class OrderStatusHandler implements RequestHandler<Map<String, String>, String> {

    private static DynamoDbClient dynamo;

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        GetItemResponse item = dynamo().getItem(b -> b.tableName("orders")
                .key(Map.of("id", AttributeValue.fromS(event.get("id")))));
        AttributeValue status = item.item().get("status");
        return status == null ? "UNKNOWN" : status.s();
    }

    private static DynamoDbClient dynamo() {
        if (dynamo == null) {
            dynamo = Clients.dynamo();
        }
        return dynamo;
    }
}
