package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/** Stores an order: checks its id, makes sure the archive bucket is there, writes it to DynamoDB and audits it. */
public class OrderHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> order, Context context) {
        String id = order.get("id");
        if (!Pattern.compile("^[a-z0-9-]+$").matcher(id).matches()) {
            return "invalid id";
        }
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(order);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + order, e);
        }
        try (S3Client s3 = S3Client.builder()
                .region(Endpoints.REGION)
                .endpointOverride(Endpoints.local())
                .credentialsProvider(Endpoints.CREDENTIALS)
                .forcePathStyle(true)
                .build()) {
            s3.headBucket(b -> b.bucket("orders-archive"));
        }
        DynamoDbClient orders = Clients.dynamo();
        orders.putItem(b -> b.tableName("orders")
                .item(Map.of("id", AttributeValue.fromS(id), "json", AttributeValue.fromS(json))));
        audit(id);
        return "stored " + id;
    }

    private void audit(String id) {
        DynamoDbClient audit = DynamoDbClient.builder()
                .region(Endpoints.REGION)
                .endpointOverride(Endpoints.local())
                .credentialsProvider(Endpoints.CREDENTIALS)
                .build();
        try {
            audit.putItem(b -> b.tableName("audit").item(Map.of("id", AttributeValue.fromS(id))));
        } finally {
            // done with it
            audit.close();
        }
    }
}
