package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Package-private: the runtime cannot call it. */
class Jobs {
    public String run(String input, Context context) {
        return KinesisClient.create().toString() + input;
    }
}
