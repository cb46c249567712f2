package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** Any name, the Context alone; the explicit public no-argument constructor runs once. */
public class PingHandler {
    private final SnsClient sns;

    public PingHandler() {
        sns = SnsClient.create();
    }

    public String ping(Context context) {
        return DynamoDbClient.create().toString() + sns; // Noncompliant {{of PingHandler.ping}}
    }
}
