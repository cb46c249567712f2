package com.acme.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Triggered by RetryQueue, through an SqsEventSource the CDK app adds. */
public class RetryHandler implements RequestHandler<SQSEvent, Void> {
    private static final SqsClient SQS = SqsClient.create();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            SQS.sendMessage(r -> r.queueUrl(System.getenv("DLQ")).messageBody(message.getBody())); // another queue
            SQS.sendMessage(r -> r.queueUrl(System.getenv("RETRY_QUEUE")).messageBody(message.getBody())); // Noncompliant {{RetryFunction -> sqs:SendMessage RetryQueue -> RetryFunction}} {{set at cdk-app/src/main/java/com/acme/cdk/PipelineStack.java:48}}
        }
        return null;
    }
}
