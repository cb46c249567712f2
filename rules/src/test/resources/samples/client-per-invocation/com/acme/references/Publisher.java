package com.acme.references;

import software.amazon.awssdk.services.sqs.SqsClient;

public class Publisher {
    public void publish(String event) {
        SqsClient.create().close(); // Noncompliant {{Publisher.publish}}
    }
}
