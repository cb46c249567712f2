package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Retries a failed order by sending it again: to the queue that triggers this very function. */
public class Worker implements RequestHandler<SQSEvent, Void> {
    private static final SqsClient SQS = SqsClient.create();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (!process(message.getBody())) {
                SQS.sendMessage(r -> r.queueUrl(System.getenv("QUEUE_URL")).messageBody(message.getBody()));
            }
        }
        return null;
    }

    private boolean process(String order) {
        return !order.isBlank();
    }
}
