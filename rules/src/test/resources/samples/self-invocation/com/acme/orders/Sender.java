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

    /** The request's builder kept in a local and given its queue in a chain of setters. */
    public void forward(String body, int delaySeconds) {
        SendMessageRequest.Builder request = SendMessageRequest.builder();
        request.messageBody(body).queueUrl(queueUrl);
        if (delaySeconds > 0) {
            request.delaySeconds(delaySeconds);
        }
        SQS.sendMessage(request.build()); // Noncompliant {{OrderFunction -> sqs:SendMessage OrderQueue -> OrderFunction}} {{via OrderHandler.handleRequest -> Sender.forward}}
    }

    /** The builder that is sent names another queue; the one naming this queue is never sent. */
    public void ship(String body) {
        SendMessageRequest.Builder unsent = SendMessageRequest.builder();
        unsent.messageBody(body).queueUrl(queueUrl);
        SendMessageRequest.Builder shipping = SendMessageRequest.builder();
        shipping.messageBody(body).queueUrl(System.getenv("OUT_QUEUE_URL"));
        SQS.sendMessage(shipping.build());
    }
}
