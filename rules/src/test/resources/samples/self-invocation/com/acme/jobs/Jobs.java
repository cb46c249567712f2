package com.acme.jobs;

import software.amazon.awssdk.services.lambda.LambdaClient;

/** A handler only the template names (Jobs::nightly): no interface, no Context parameter. */
public class Jobs {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    public void nightly() {
        LAMBDA.invoke(r -> r.functionName("prod-nightly-report").invocationType("Event")); // Noncompliant {{NightlyFunction -> lambda:InvokeFunction NightlyFunction}} {{RecursiveLoop setting is Allow}}
        LAMBDA.invoke(r -> r.functionName("prod-weekly-report")); // another function's name
    }

    /** No function runs this method, so what it does is not judged. */
    public void weekly() {
        LAMBDA.invoke(r -> r.functionName("prod-nightly-report"));
    }
}
