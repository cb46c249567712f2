package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Abstract, and no concrete class extends it: nothing the runtime can build. */
public abstract class AbstractJob {
    public String run(String input, Context context) {
        return KinesisClient.create().toString() + input;
    }
}
