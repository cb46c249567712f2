package com.acme.lazy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Lazy initialisation written the other way round: the test finds the client set, the else-branch builds it. */
public class ElseBranchHandler implements RequestHandler<String, String> {
    private static S3Client s3;
    private static DynamoDbClient dynamo;
    private static SqsClient sqs;
    private static SqsClient other;

    @Override
    public String handleRequest(String input, Context context) {
        if (s3 != null) {
            context.getLogger().log("using the cached client");
        } else {
            s3 = S3Client.create();
        }
        if (Objects.nonNull(dynamo)) {
            context.getLogger().log("cached");
        } else {
            dynamo = DynamoDbClient.create();
        }
        if (sqs != null) {
            context.getLogger().log("cached");
        } else {
            other = SqsClient.create(); // Noncompliant {{SqsClient}}
        }
        if (other != null) {
            other = SqsClient.create(); // Noncompliant {{SqsClient}}
        } else {
            context.getLogger().log("not set");
        }
        return s3.toString() + dynamo + sqs + other;
    }
}
