package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;

public class Quiet implements RequestHandler<String, String> {
    private static final SqsClient SQS = SqsClient.create();

    @Override
    public String handleRequest(String input, Context context) {
        return SQS.toString();
    }
}
