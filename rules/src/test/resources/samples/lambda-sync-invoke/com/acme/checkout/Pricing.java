package com.acme.checkout;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** A helper in another class that the handler calls per invocation. */
final class Pricing {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    private Pricing() {
    }

    static String quote(String cart) {
        return LAMBDA.invoke(r -> r.functionName("quotes").payload(SdkBytes.fromUtf8String(cart))) // Noncompliant {{via CheckoutHandler.handleRequest -> Pricing.quote}}
                .payload().asUtf8String();
    }
}
