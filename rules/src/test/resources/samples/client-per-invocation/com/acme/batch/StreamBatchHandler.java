package com.acme.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.lambda.powertools.batch.BatchMessageHandlerBuilder;
import software.amazon.lambda.powertools.batch.builder.KinesisBatchMessageHandlerBuilder;
import software.amazon.lambda.powertools.batch.handler.BatchMessageHandler;

/** Lambdas handed to the builder in a field initialiser and through a builder kept in a variable. */
public class StreamBatchHandler implements RequestHandler<KinesisEvent, StreamsEventResponse> {
    private static final S3Client SHARED = S3Client.create();

    private final BatchMessageHandler<KinesisEvent, StreamsEventResponse> handler = new BatchMessageHandlerBuilder()
            .withKinesisBatchHandler()
            .withFailureHandler((record, error) -> {
                SnsClient sns = SnsClient.create(); // Noncompliant {{SnsClient (AWS SDK v2 service client) is built on every invocation of StreamBatchHandler.handleRequest}}
                sns.publish(p -> p.message(error.getMessage()));
            })
            .buildWithRawMessageHandler(record -> {
                SqsClient sqs = SqsClient.create(); // Noncompliant {{SqsClient}}
                SHARED.listBuckets();
                sqs.sendMessage(m -> m.messageBody(record.getEventID()));
            });

    private final BatchMessageHandler<KinesisEvent, StreamsEventResponse> audit = auditHandler();

    private BatchMessageHandler<KinesisEvent, StreamsEventResponse> auditHandler() {
        KinesisBatchMessageHandlerBuilder builder = new BatchMessageHandlerBuilder().withKinesisBatchHandler();
        return builder.buildWithMessageHandler(this::audit, Order.class);
    }

    private void audit(Order order) {
        S3Client s3 = S3Client.create(); // Noncompliant {{S3Client}}
        s3.listBuckets();
    }

    @Override
    public StreamsEventResponse handleRequest(KinesisEvent event, Context context) {
        audit.processBatch(event, context);
        return handler.processBatch(event, context);
    }
}
