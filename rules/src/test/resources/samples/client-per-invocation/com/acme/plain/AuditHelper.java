package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** A public helper taking the Context: reached from OrderPlainHandler.handle, it is no handler of its own. */
public class AuditHelper {
    public String audit(String id, Context context) {
        return CloudWatchLogsClient.create().toString() + id; // Noncompliant {{of OrderPlainHandler.handle}}
    }
}
