package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import java.util.Map;

/** AWS SDK v2 clients built inside handleRequest, one per family. */
public class AwsV2Handler implements RequestHandler<Map<String, String>, String> {
    private static final DynamoDbClient SHARED = DynamoDbClient.create();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        DynamoDbClient ddb = DynamoDbClient.create(); // Noncompliant {{DynamoDbClient (AWS SDK v2 service client) is built on every invocation of AwsV2Handler.handleRequest}}
        S3Client s3 = S3Client.builder() // Noncompliant
                .region(Region.US_EAST_1)
                .build();
        SqsAsyncClient sqs = SqsAsyncClient.builder().build(); // Noncompliant
        S3Presigner presigner = S3Presigner.create(); // Noncompliant {{S3Presigner}}
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(SHARED).build(); // Noncompliant
        S3TransferManager transfers = S3TransferManager.create(); // Noncompliant
        software.amazon.awssdk.services.sns.SnsClient sns = software.amazon.awssdk.services.sns.SnsClient.create(); // Noncompliant

        // requests and their builders are not clients
        GetItemRequest request = GetItemRequest.builder().tableName("orders").build();
        GetItemRequest copy = request.toBuilder().build();
        Region region = Region.of("eu-west-1");
        return SHARED.getItem(copy).toString() + region;
    }
}
