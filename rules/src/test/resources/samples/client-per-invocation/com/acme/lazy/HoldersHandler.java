package com.acme.lazy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.vavr.Lazy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Memoizers held in fields, a holder class and an enum singleton: all quiet. */
public class HoldersHandler implements RequestHandler<String, String> {
    private static final Supplier<DynamoDbClient> DDB = Suppliers.memoize(DynamoDbClient::create);
    private static final Lazy<S3Client> S3 = Lazy.of(() -> S3Client.create());
    private final MemoizedClient<SqsClient> sqs = new MemoizedClient<>(SqsClient::create);

    private static final class Holder {
        static final SnsClient SNS = SnsClient.create();
    }

    enum Clients {
        INSTANCE;

        private final SqsClient sqs = SqsClient.create();

        SqsClient sqs() {
            return sqs;
        }
    }

    @Override
    public String handleRequest(String input, Context context) {
        Supplier<S3Client> perCall = Suppliers.memoize(() -> S3Client.create()); // Noncompliant {{S3Client}} {{cached in a memoizing supplier (Guava Suppliers.memoize) that is itself built on every invocation}}
        return DDB.get().toString() + S3.get() + sqs.get() + Holder.SNS + Clients.INSTANCE.sqs() + perCall.get();
    }
}
