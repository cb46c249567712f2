package com.example.orders.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.aws.Clients;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Cancels an order. Correct: the client sits in a static final field, built once per execution environment. */
public class CancelOrderHandler implements RequestHandler<Map<String, String>, Boolean> {

    private static final DynamoDbClient DYNAMO = Clients.dynamo();

    @Override
    public Boolean handleRequest(Map<String, String> event, Context context) {
        DYNAMO.updateItem(b -> b.tableName("orders")
                .key(Map.of("id", AttributeValue.fromS(event.get("id"))))
                .updateExpression("SET #s = :cancelled")
                .expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":cancelled", AttributeValue.fromS("CANCELLED"))));
        return Boolean.TRUE;
    }
}
