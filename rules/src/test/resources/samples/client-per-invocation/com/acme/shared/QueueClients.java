package com.acme.shared;

import software.amazon.awssdk.services.sqs.SqsClient;

/** A singleton reached through its static field: what its methods build, they build on every call. */
public final class QueueClients {
    public static final QueueClients INSTANCE = new QueueClients();

    private QueueClients() {
    }

    public SqsClient queue() {
        return SqsClient.create(); // Noncompliant {{of SingletonCallHandler.handleRequest}}
    }
}
