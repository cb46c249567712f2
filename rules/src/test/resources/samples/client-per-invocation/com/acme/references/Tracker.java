package com.acme.references;

import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** Reached by no handler: the handler's Tracker::track names its local variable, not this class. */
public final class Tracker {
    private Tracker() {
    }

    static void track(String event) {
        CloudWatchClient.create().close();
    }
}
