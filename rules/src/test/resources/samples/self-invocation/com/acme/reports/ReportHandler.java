package com.acme.reports;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Deployed by a CDK stack (cdk.out), triggered by its queue through an event source mapping. */
public class ReportHandler implements RequestHandler<SQSEvent, Void> {
    private static final SqsClient SQS = SqsClient.create();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        SQS.sendMessageBatch(r -> r.queueUrl(System.getenv("QUEUE_URL")).entries(List.of())); // Noncompliant {{ReportsFunction12AB34CD -> sqs:SendMessageBatch ReportsQueue56EF78AB -> ReportsFunction12AB34CD}}
        SQS.sendMessage(r -> r.queueUrl(System.getenv("DLQ_URL")).messageBody("failed")); // the dead-letter queue
        return null;
    }
}
