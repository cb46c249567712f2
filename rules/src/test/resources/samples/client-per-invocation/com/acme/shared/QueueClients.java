package com.acme.shared;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A singleton reached through its static field: what its methods build, they build on every call; what it built
 * once (in its constructor, or lazily under a null check) they only hand out.
 */
public final class QueueClients {
    public static final QueueClients INSTANCE = new QueueClients();

    private final SqsClient shared;
    private SnsClient topics;

    private QueueClients() {
        shared = SqsClient.create();
    }

    public SqsClient shared() {
        return shared;
    }

    public synchronized SnsClient topics() {
        if (topics == null) {
            topics = SnsClient.create();
        }
        return topics;
    }

    public SqsClient queue() {
        return SqsClient.create(); // Noncompliant {{of SingletonCallHandler.handleRequest}}
    }
}
