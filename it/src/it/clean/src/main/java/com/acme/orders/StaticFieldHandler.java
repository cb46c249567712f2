package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The client lives in a static final field: built once per execution environment. */
public class StaticFieldHandler implements RequestHandler<Map<String, String>, String> {

    private static final DynamoDbClient DDB = DynamoDbClient.create();

    @Override
    public String handleRequest(Map<String, String> order, Context context) {
        DDB.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS(order.get("id")))));
        return "saved";
    }
}
