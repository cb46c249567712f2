package com.acme.imports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;

/** Its queue is imported from another stack: whether it sends to it is unknown, so nothing is reported. */
public class ImportHandler implements RequestHandler<SQSEvent, Void> {
    private static final AmazonSQS SQS = AmazonSQSClientBuilder.defaultClient();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        SQS.sendMessage(System.getenv("QUEUE_URL"), "again");
        SQS.sendMessage(System.getenv("EXTERNAL"), "again");
        SQS.sendMessage(System.getenv("NOT_IN_THE_TEMPLATE"), "again");
        return null;
    }
}
