package com.acme.direct;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Code quoted in a message is the code alone, without the comments written beside it. */
public class EchoHandler implements RequestHandler<String, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    @Override
    public String handleRequest(String input, Context context) {
        LAMBDA.invoke(r -> r.functionName( // Noncompliant {{the function invokes itself (context.getFunctionName()), so every invocation starts another}}
                context.getFunctionName())); // the function's own name, read from the context
        String self = System /* the JVM's */.getenv("AWS_LAMBDA_FUNCTION_NAME"); // set by the runtime
        LAMBDA.invokeAsync(r -> r.functionName(self)); // Noncompliant {{(System.getenv("AWS_LAMBDA_FUNCTION_NAME"))}}
        return input;
    }
}
