package com.acme.batch;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.lambda.powertools.batch.BatchMessageHandlerBuilder;

/** Trap: a callback registered only in main, which no handler reaches. */
public class BatchReplayTool {

    public static void main(String[] args) {
        new BatchMessageHandlerBuilder()
                .withSqsBatchHandler()
                .buildWithMessageHandler(BatchReplayTool::replay, Order.class)
                .processBatch(new SQSEvent(), null);
    }

    private static void replay(Order order) {
        SqsClient sqs = SqsClient.create();
        sqs.sendMessage(m -> m.messageBody(order.getId()));
    }
}
