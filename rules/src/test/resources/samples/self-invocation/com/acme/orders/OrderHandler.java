package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Triggered by OrderQueue. */
public class OrderHandler implements RequestHandler<SQSEvent, Void> {
    private static final SqsClient SQS = SqsClient.create();
    private final Sender sender = new Sender(System.getenv("QUEUE_URL"));

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            if (message.getBody().contains("split")) {
                sender.send(message.getBody());
                sender.forward(message.getBody(), 0);
            }
            sender.ship(message.getBody());
            SQS.sendMessage(r -> r.queueUrl(System.getenv("OUT_QUEUE_URL")).messageBody(message.getBody())); // another queue
            retry(message);
        }
        return null;
    }

    /** Bounded on purpose: the attempt count travels with the message. */
    private void retry(SQSEvent.SQSMessage message) {
        int attempt = Integer.parseInt(message.getMessageAttributes().get("attempt").getStringValue());
        if (attempt < 3) {
            SQS.sendMessage(r -> r.queueUrl(System.getenv("QUEUE_URL")).messageBody(message.getBody()));
        }
    }
}
