package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.firehose.FirehoseClient;

/** An abstract base whose public Context method the concrete NightlyJob inherits: NightlyJob::run is an entry. */
public abstract class BaseJob {
    public String run(String input, Context context) {
        return FirehoseClient.create().toString() + input; // Noncompliant {{of NightlyJob.run}}
    }
}
