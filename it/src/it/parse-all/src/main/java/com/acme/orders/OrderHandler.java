package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Saves an order, building its DynamoDB client on every invocation: the mistake lambda-lint is for. */
public class OrderHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> order, Context context) {
        String note = "</script><img src=x onerror=alert(1)>";
        DynamoDbClient ddb = DynamoDbClient.create();
        ddb.putItem(b -> b.tableName("orders").item(Map.of(
                "id", AttributeValue.fromS(order.get("id")),
                "note", AttributeValue.fromS(note))));
        return "saved " + order.get("id");
    }
}
