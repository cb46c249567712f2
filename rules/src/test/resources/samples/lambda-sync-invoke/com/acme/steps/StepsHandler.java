package com.acme.steps;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/** Requests built by long builder chains: every setter is a link of the chain, not a step away from it. */
public class StepsHandler implements RequestHandler<Map<String, String>, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        String payload = input.get("payload");
        String waited = LAMBDA.invoke(InvokeRequest.builder() // Noncompliant {{invokes function "enrich" synchronously (InvocationType RequestResponse)}}
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .payload(SdkBytes.fromUtf8String(payload))
                .clientContext("e30=")
                .qualifier("live")
                .functionName("enrich")
                .build()).payload().asUtf8String();
        InvokeRequest.Builder held = InvokeRequest.builder()
                .payload(SdkBytes.fromUtf8String(payload))
                .clientContext("e30=")
                .qualifier("live")
                .logType("Tail");
        LAMBDA.invoke(held.functionName("score").build()); // Noncompliant {{function "score" synchronously (InvocationType RequestResponse, the default)}}
        LAMBDA.invoke(InvokeRequest.builder()
                .invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload))
                .clientContext("e30=")
                .qualifier("live")
                .functionName("archive")
                .build());
        LAMBDA.invoke(InvokeRequest.builder()
                .payload(SdkBytes.fromUtf8String(payload))
                .clientContext("e30=")
                .qualifier("live")
                .functionName("chosen")
                .invocationType(input.get("mode"))
                .build());
        return waited;
    }
}
