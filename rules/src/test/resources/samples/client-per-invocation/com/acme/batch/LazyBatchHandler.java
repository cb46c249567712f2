package com.acme.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.lambda.powertools.batch.BatchMessageHandlerBuilder;
import software.amazon.lambda.powertools.batch.handler.BatchMessageHandler;

/** The batch handler built once behind a lazy-init guard in handleRequest: its callback still runs per record. */
public class LazyBatchHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private BatchMessageHandler<DynamodbEvent, StreamsEventResponse> handler;

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        if (handler == null) {
            handler = new BatchMessageHandlerBuilder()
                    .withDynamoDbBatchHandler()
                    .buildWithRawMessageHandler(this::forward);
        }
        return handler.processBatch(event, context);
    }

    private void forward(DynamodbEvent.DynamodbStreamRecord record) {
        SqsClient sqs = SqsClient.builder().build(); // Noncompliant {{SqsClient}}
        sqs.sendMessage(m -> m.messageBody(record.getEventID()));
    }
}
