package com.acme.guice.once;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Provides a client to an injector made once. */
public class LedgerModule extends AbstractModule {

    @Provides
    @Singleton
    SqsClient queue() {
        return SqsClient.create();
    }

    @Provides
    Ledger ledger(SqsClient queue) {
        return new Ledger(queue);
    }

    /** Writes entries through the queue. */
    public static class Ledger {
        private final SqsClient queue;

        Ledger(SqsClient queue) {
            this.queue = queue;
        }

        public String entry(String line) {
            return queue.toString() + line;
        }
    }
}
