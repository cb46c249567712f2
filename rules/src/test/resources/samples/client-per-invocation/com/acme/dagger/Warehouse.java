package com.acme.dagger;

import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Scoped by its class: one per component, and the handler keeps its component. */
@Singleton
public class Warehouse {
    private final KinesisClient kinesis;

    @Inject
    Warehouse() {
        this.kinesis = KinesisClient.create();
    }

    public String locate(String id) {
        return kinesis.toString() + id;
    }
}
