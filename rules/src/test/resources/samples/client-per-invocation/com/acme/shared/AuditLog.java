package com.acme.shared;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** The project's only log(String): a call on a library object named log must not be linked here. */
public class AuditLog {
    public void log(String line) {
        CloudWatchLogsClient.create().toString();
    }
}
