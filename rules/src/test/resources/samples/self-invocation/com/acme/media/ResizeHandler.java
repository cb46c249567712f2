package com.acme.media;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** serverless.yml names ResizeHandler::resize; the framework deploys it as media-dev-resize. */
public class ResizeHandler {
    private final LambdaClient lambda = LambdaClient.create();

    public String resize(Map<String, String> request) {
        lambda.invoke(r -> r.functionName("media-dev-resize").payload(SdkBytes.fromUtf8String("{}"))); // Noncompliant {{resize -> lambda:InvokeFunction resize -> resize}}
        return "ok";
    }
}
