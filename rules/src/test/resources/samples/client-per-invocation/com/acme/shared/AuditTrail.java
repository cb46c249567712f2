package com.acme.shared;

import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/** Constructed per invocation, so its field initializer builds a client per invocation too. */
public class AuditTrail {
    private final CloudTrailClient trail = CloudTrailClient.create(); // Noncompliant {{via OrderHandler.handleRequest -> AuditTrail.<init>}}

    public void record(String id) {
        trail.toString();
    }
}
