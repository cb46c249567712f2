package com.acme.references;

import software.amazon.awssdk.services.firehose.FirehoseClient;

public class Exporter {
    void export(String line) {
        FirehoseClient.create().close();
    }
}
