package com.acme.lazy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Lazy initialisation in the spellings real code uses: all quiet; the same shapes that rebuild each time are not. */
public class DoubleCheckedHandler implements RequestHandler<String, String> {
    private static final Object LOCK = new Object();
    private static volatile DynamoDbClient ddb;
    private static S3Client single;
    private static SqsClient sqs;
    private static boolean initialized;
    private static SnsClient sns;
    private static KinesisClient kinesis;
    private KinesisClient lazyKinesis;

    /** Double-checked locking through a local copy of the field. */
    private static DynamoDbClient ddb() {
        DynamoDbClient local = ddb;
        if (local == null) {
            synchronized (LOCK) {
                local = ddb;
                if (local == null) {
                    ddb = local = DynamoDbClient.create();
                }
            }
        }
        return local;
    }

    /** An early return spelled with a negated Objects.isNull. */
    private static S3Client s3() {
        if (!Objects.isNull(single)) {
            return single;
        }
        single = S3Client.create();
        return single;
    }

    /** A boolean flag set by the guarded code. */
    private static void init() {
        if (!initialized) {
            sqs = SqsClient.create();
            sns = SnsClient.create();
            initialized = true;
        }
    }

    /** A guard whose body calls the method that sets the field. */
    private static KinesisClient kinesis() {
        if (Objects.isNull(kinesis)) {
            buildKinesis();
        }
        return kinesis;
    }

    private static void buildKinesis() {
        kinesis = KinesisClient.create();
    }

    @Override
    public String handleRequest(String input, Context context) {
        init();
        DynamoDbClient local = ddb;
        if (local == null) {
            local = DynamoDbClient.create(); // Noncompliant {{DynamoDbClient}}
        }
        if (lazyKinesis == null || lazyKinesis.serviceClientConfiguration() == null) {
            lazyKinesis = KinesisClient.create();
        }
        if (Objects.nonNull(input)) {
            sqs = SqsClient.create(); // Noncompliant {{SqsClient}}
        }
        return ddb().toString() + s3() + sqs + sns + kinesis() + local + lazyKinesis;
    }
}
