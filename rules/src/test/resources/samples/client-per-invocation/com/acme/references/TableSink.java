package com.acme.references;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class TableSink implements Sink {
    @Override
    public void write(String event) {
        DynamoDbClient.create().close(); // Noncompliant {{TableSink.write}}
    }
}
