package com.acme.references;

import software.amazon.awssdk.services.kinesis.KinesisClient;

public class Archive {
    void keep(String event) {
        KinesisClient.create().close(); // Noncompliant {{Archive.keep}}
    }
}
