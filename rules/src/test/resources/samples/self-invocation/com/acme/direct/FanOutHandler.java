package com.acme.direct;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/** Direct self-invocation through the SDK v2 clients, the request built in every way code builds one. */
public class FanOutHandler implements RequestHandler<Map<String, Object>, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();
    private static final LambdaAsyncClient ASYNC = LambdaAsyncClient.create();
    private static final InvokeRequest SELF_REQUEST = InvokeRequest.builder()
            .functionName(System.getenv("AWS_LAMBDA_FUNCTION_NAME"))
            .invocationType(InvocationType.EVENT)
            .build();

    @Override
    public String handleRequest(Map<String, Object> input, Context context) {
        String mode = String.valueOf(input.get("mode"));
        switch (mode) {
            case "inline" -> LAMBDA.invoke(InvokeRequest.builder() // Noncompliant {{FanOutFunction -> lambda:InvokeFunction FanOutFunction -> FanOutFunction}}
                    .functionName(context.getFunctionName())
                    .payload(SdkBytes.fromUtf8String("{}"))
                    .build());
            case "consumer" -> ASYNC.invokeAsync(r -> r.functionName(System.getenv("AWS_LAMBDA_FUNCTION_NAME"))); // Noncompliant {{System.getenv("AWS_LAMBDA_FUNCTION_NAME")}}
            case "field" -> LAMBDA.invoke(SELF_REQUEST); // Noncompliant {{about 16 paid invocations}}
            case "helper" -> LAMBDA.invoke(again(context)); // Noncompliant {{(context.getFunctionName())}}
            case "env" -> LAMBDA.invoke(r -> r.functionName(System.getenv("SELF_NAME"))); // Noncompliant {{environment variable SELF_NAME, set at template.yaml:30}}
            case "arn" -> invokeByArn();
            case "depth" -> relay(input, context);
            case "worker" -> LAMBDA.invoke(r -> r.functionName(System.getenv("WORKER"))); // another function
            case "event" -> LAMBDA.invoke(r -> r.functionName(String.valueOf(input.get("target")))); // named by the event
            default -> {
            }
        }
        return mode;
    }

    private InvokeRequest again(Context context) {
        return InvokeRequest.builder().functionName(context.getFunctionName()).build();
    }

    private void invokeByArn() {
        InvokeRequest request = InvokeRequest.builder().functionName(System.getenv("SELF_ARN")).build();
        LAMBDA.invoke(request); // Noncompliant {{environment variable SELF_ARN}}
    }

    /** Bounded on purpose: the depth travels in the payload and stops the recursion. */
    private void relay(Map<String, Object> input, Context context) {
        int depth = (Integer) input.getOrDefault("depth", 0);
        if (depth >= 3) {
            return;
        }
        LAMBDA.invoke(r -> r.functionName(context.getFunctionName())
                .payload(SdkBytes.fromUtf8String("{\"depth\":" + (depth + 1) + "}")));
    }
}
