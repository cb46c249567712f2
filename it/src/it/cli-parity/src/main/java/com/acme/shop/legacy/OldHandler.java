package com.acme.shop.legacy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Left out by the excludes parameter: its finding never shows. */
public class OldHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        DynamoDbClient.create().putItem(b -> b.tableName("old"));
        return "ok";
    }
}
