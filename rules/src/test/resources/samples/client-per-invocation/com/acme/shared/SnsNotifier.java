package com.acme.shared;

import software.amazon.awssdk.services.sns.SnsClient;

/** Reached through the Notifier interface the handler's field is declared as. */
public class SnsNotifier implements Notifier {
    @Override
    public void send(String message) {
        SnsClient sns = SnsClient.builder().build(); // Noncompliant {{via OrderHandler.handleRequest -> SnsNotifier.send}}
        sns.publish(b -> b.message(message));
    }
}
