package com.acme.guice.perrun;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Reads through the client it is given. */
public class CapacityStore {
    private final DynamoDbClient dynamoDb;

    public CapacityStore(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    public String load(String key) {
        return dynamoDb.toString() + key;
    }
}
