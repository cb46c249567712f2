package com.acme.checkout;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaAsyncClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** SDK v2: another function invoked and waited for, the request built in every way code builds one. */
public class CheckoutHandler implements RequestHandler<String, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();
    private static final LambdaAsyncClient ASYNC = LambdaAsyncClient.create();
    private static final InvokeRequest TAX_REQUEST = InvokeRequest.builder().functionName("tax").build();

    @Override
    public String handleRequest(String cart, Context context) {
        InvokeResponse inline = LAMBDA.invoke(InvokeRequest.builder() // Noncompliant {{CheckoutHandler.handleRequest invokes function "inventory" synchronously (InvocationType RequestResponse, the default)}}
                .functionName("inventory")
                .payload(SdkBytes.fromUtf8String(cart))
                .build());
        LAMBDA.invoke(r -> r.functionName("shipping").payload(SdkBytes.fromUtf8String(cart))); // Noncompliant {{function "shipping"}}
        LAMBDA.invoke(r -> r.functionName("fraud").invocationType(InvocationType.REQUEST_RESPONSE)); // Noncompliant {{function "fraud" synchronously (InvocationType RequestResponse):}} {{stays running, and billed}}
        InvokeRequest request = InvokeRequest.builder().functionName(System.getenv("PRICING")).build();
        LAMBDA.invoke(request); // Noncompliant {{environment variable PRICING (set at template.yaml:16)}}
        LAMBDA.invoke(TAX_REQUEST); // Noncompliant {{function "tax"}}
        LAMBDA.invoke(discounts(cart)); // Noncompliant {{function "discounts"}}
        String joined = ASYNC.invoke(r -> r.functionName("loyalty")).join().payload().asUtf8String(); // Noncompliant {{invokes function "loyalty" and then waits for its future}}
        CompletableFuture<InvokeResponse> receipt = ASYNC.invoke(r -> r.functionName("receipt")); // Noncompliant {{waits for its future}}
        List<CompletableFuture<InvokeResponse>> all = new ArrayList<>();
        all.add(ASYNC.invoke(r -> r.functionName("audit"))); // Noncompliant {{function "audit"}}
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        return inline.statusCode() + joined + receipt.get() + Pricing.quote(cart);
    }

    private InvokeRequest discounts(String cart) {
        return InvokeRequest.builder().functionName("discounts").payload(SdkBytes.fromUtf8String(cart)).build();
    }
}
