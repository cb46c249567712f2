package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.http.HttpClient;
import okhttp3.OkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Every way of building a client once per execution environment: all quiet. */
public class TrapsHandler implements RequestHandler<String, String> {
    private static final DynamoDbClient STATIC_FIELD = DynamoDbClient.create();
    private static final S3Client STATIC_BLOCK;
    private static final LambdaClient FROM_FACTORY = lambdaClient();

    static {
        STATIC_BLOCK = S3Client.builder().build();
    }

    private final SqsClient fieldInitializer = SqsClient.create();
    private final SnsClient fromConstructor;
    private final HttpClient fromConstructorHelper;
    private final OkHttpClient fromInitializerBlock;

    {
        fromInitializerBlock = new OkHttpClient();
    }

    public TrapsHandler() {
        fromConstructor = SnsClient.create();
        fromConstructorHelper = buildHttp();
    }

    private HttpClient buildHttp() {
        return HttpClient.newHttpClient();
    }

    private static LambdaClient lambdaClient() {
        return LambdaClient.create();
    }

    @SuppressWarnings("lambda-lint:client-per-invocation")
    private KinesisClient knowinglyPerCall() {
        return KinesisClient.create();
    }

    @Override
    public String handleRequest(String input, Context context) {
        knowinglyPerCall();
        context.getLogger().log("library call, not AuditLog.log");
        DynamoDbClient ignoredInline = DynamoDbClient.create(); // lambda-lint:ignore client-per-invocation one-off path
        // lambda-lint:ignore client-per-invocation credentials rotate per tenant, built per call on purpose
        S3Client ignoredAbove = S3Client.create();
        // lambda-lint:ignore init-per-invocation a different rule's ignore does not silence this one
        SqsClient otherRuleIgnored = SqsClient.create(); // Noncompliant
        return STATIC_FIELD.toString() + STATIC_BLOCK + FROM_FACTORY + fieldInitializer + fromConstructor
                + fromConstructorHelper + fromInitializerBlock;
    }

    public static void main(String[] args) {
        DynamoDbClient.create();
        new TrapsHandler().handleRequest("local", null);
    }
}
