package com.acme.legacy;

import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvokeRequest;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** SDK v1, and no template names this handler: its own name still comes from the Context. */
public class LegacyRelayHandler implements RequestHandler<String, String> {
    private final AWSLambda lambda = AWSLambdaClientBuilder.defaultClient();

    @Override
    public String handleRequest(String input, Context context) {
        InvokeRequest request = new InvokeRequest();
        request.setFunctionName(context.getInvokedFunctionArn());
        request.setInvocationType("Event");
        lambda.invoke(request); // Noncompliant {{LegacyRelayHandler.handleRequest -> lambda:InvokeFunction LegacyRelayHandler.handleRequest}}
        lambda.invoke(new InvokeRequest() // Noncompliant
                .withFunctionName("arn:aws:lambda:eu-west-1:123456789012:function:" + context.getFunctionName()));
        lambda.invoke(new InvokeRequest().withFunctionName("audit-" + input)); // another function, named by the event
        lambda.invoke(new InvokeRequest().withFunctionName(context.getFunctionName() + "-worker")); // its worker, not itself
        return input;
    }
}
