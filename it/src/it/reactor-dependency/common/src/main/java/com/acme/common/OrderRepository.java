package com.acme.common;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Shared by the functions of the build. */
public class OrderRepository {
    private static final S3Client ARCHIVE = S3Client.create();

    public String save(String order) {
        DynamoDbClient dynamo = DynamoDbClient.create();
        return dynamo.toString() + ARCHIVE + order;
    }
}
