package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class OrderHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> order, Context context) {
        try (DynamoDbClient ddb = DynamoDbClient.create()) {
            ddb.putItem(b -> b.tableName("orders"));
        }
        return "ok";
    }
}
