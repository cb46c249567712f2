package com.acme.dagger;

import javax.inject.Inject;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

public class DynamoOrderStore implements OrderStore {
    private final DynamoDbClient dynamo;
    private final CloudWatchClient metrics;
    private final S3Client archive;

    @Inject
    DynamoOrderStore(DynamoDbClient dynamo, CloudWatchClient metrics) {
        this.dynamo = dynamo;
        this.metrics = metrics;
        this.archive = S3Client.create(); // Noncompliant {{DynamoOrderStore.<init>}}
    }

    @Override
    public void save(String id) {
        dynamo.toString();
        archive.toString();
        metrics.toString();
    }
}
