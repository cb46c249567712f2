package com.acme.springcontext.once;

import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** A component built with the context, once. */
@Component
public class ArchiveStore {
    private final KinesisClient stream = KinesisClient.create();

    public String store(String item) {
        return stream + item;
    }
}
