package com.acme.orders;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** A helper that keeps the queue it was built for. */
public class Sender {
    private static final SqsClient SQS = SqsClient.create();
    private final String queueUrl;

    public Sender(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    public void send(String body) {
        SQS.sendMessage(SendMessageRequest.builder().queueUrl(queueUrl).messageBody(body).build()); // Noncompliant {{OrderFunction -> sqs:SendMessage OrderQueue -> OrderFunction}} {{via OrderHandler.handleRequest -> Sender.send}}
    }
}
