package com.acme.references;

import software.amazon.awssdk.services.ses.SesClient;

public final class Audit {
    private Audit() {
    }

    static void record(String event) {
        SesClient.create().close(); // Noncompliant {{Audit.record}}
    }
}
