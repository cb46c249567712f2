package com.acme.legacy;

import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaAsync;
import com.amazonaws.services.lambda.AWSLambdaAsyncClientBuilder;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvocationType;
import com.amazonaws.services.lambda.model.InvokeAsyncRequest;
import com.amazonaws.services.lambda.model.InvokeRequest;
import com.amazonaws.services.lambda.model.InvokeResult;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.Future;

/** SDK v1: the synchronous client, the async client awaited, and the ways of not waiting. */
public class LegacyHandler implements RequestHandler<String, String> {
    private static final AWSLambda LAMBDA = AWSLambdaClientBuilder.defaultClient();
    private static final AWSLambdaAsync ASYNC = AWSLambdaAsyncClientBuilder.defaultClient();

    @Override
    public String handleRequest(String input, Context context) {
        InvokeResult plain = LAMBDA.invoke(new InvokeRequest().withFunctionName("ledger").withPayload(input)); // Noncompliant {{function "ledger"}}
        InvokeRequest explicit = new InvokeRequest();
        explicit.setFunctionName("archive");
        explicit.setInvocationType("RequestResponse");
        LAMBDA.invoke(explicit); // Noncompliant {{function "archive"}}
        try {
            Future<InvokeResult> future = ASYNC.invokeAsync(new InvokeRequest().withFunctionName("report")); // Noncompliant {{waits for its future}}
            InvokeResult waited = future.get();
            // not waiting: Event invocations, the deprecated InvokeAsync API, a future nobody waits for
            LAMBDA.invoke(new InvokeRequest().withFunctionName("mailer").withInvocationType(InvocationType.Event));
            InvokeRequest queued = new InvokeRequest().withFunctionName("indexer");
            queued.setInvocationType(InvocationType.Event);
            LAMBDA.invoke(queued);
            LAMBDA.invokeAsync(new InvokeAsyncRequest().withFunctionName("legacy-worker").withInvokeArgs(input));
            ASYNC.invokeAsync(new InvokeRequest().withFunctionName("fire-and-forget"));
            return plain.getStatusCode() + "" + waited.getStatusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
