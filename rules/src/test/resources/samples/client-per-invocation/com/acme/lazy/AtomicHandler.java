package com.acme.lazy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Clients kept in an AtomicReference: built once when the update only fills an empty reference. */
public class AtomicHandler implements RequestHandler<String, String> {
    private static final AtomicReference<DynamoDbClient> DDB = new AtomicReference<>();
    private static final AtomicReference<S3Client> S3 = new AtomicReference<>();
    private static final AtomicReference<SqsClient> SQS = new AtomicReference<>();
    private static final AtomicReference<SnsClient> SNS = new AtomicReference<>();
    private static final AtomicReference<DynamoDbClient> BY_METHOD = new AtomicReference<>();
    private final AtomicReference<S3Client> replaced = new AtomicReference<>();

    @Override
    public String handleRequest(String input, Context context) {
        DynamoDbClient ddb = DDB.updateAndGet(c -> c != null ? c : DynamoDbClient.create());
        S3Client s3 = S3.getAndUpdate(c -> {
            if (c == null) {
                return S3Client.create();
            }
            return c;
        });
        if (SQS.get() == null) {
            SQS.compareAndSet(null, SqsClient.create());
        }
        SnsClient sns = SNS.accumulateAndGet(null, (current, ignored) -> current == null ? SnsClient.create() : current);
        DynamoDbClient byMethod = BY_METHOD.updateAndGet(AtomicHandler::orCreate);
        replaced.updateAndGet(c -> S3Client.create()); // Noncompliant {{S3Client}}
        SNS.compareAndSet(null, SnsClient.create()); // Noncompliant {{SnsClient}}
        AtomicReference<DynamoDbClient> local = new AtomicReference<>();
        DynamoDbClient fresh = local.updateAndGet(c -> c != null ? c : DynamoDbClient.create()); // Noncompliant {{DynamoDbClient}}
        return ddb.toString() + s3 + SQS.get() + sns + fresh + byMethod;
    }

    private static DynamoDbClient orCreate(DynamoDbClient current) {
        return current != null ? current : DynamoDbClient.create();
    }
}
