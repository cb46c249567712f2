package com.acme.legacy;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.s3.*;
import com.amazonaws.services.sqs.AmazonSQSClient;

/** AWS SDK v1 clients, one of them through an on-demand import. */
public class AwsV1Handler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        AmazonS3 s3 = AmazonS3ClientBuilder.defaultClient(); // Noncompliant {{AmazonS3Client (AWS SDK v1 client)}}
        AmazonDynamoDB ddb = AmazonDynamoDBClientBuilder.standard() // Noncompliant
                .withRegion("eu-west-1")
                .build();
        AmazonSQSClient sqs = new AmazonSQSClient(); // Noncompliant
        AmazonDynamoDBClientBuilder unbuilt = AmazonDynamoDBClientBuilder.standard();
        return s3.toString() + ddb + sqs + unbuilt;
    }
}
