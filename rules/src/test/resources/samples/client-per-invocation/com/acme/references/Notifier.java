package com.acme.references;

import software.amazon.awssdk.services.sns.SnsClient;

public class Notifier {
    public void notifyOf(String event) {
        SnsClient.create().close(); // Noncompliant {{via ReferenceHandler.handleRequest -> Notifier.notifyOf}}
    }
}
