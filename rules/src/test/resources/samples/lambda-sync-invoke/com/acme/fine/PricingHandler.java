package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The function CheckoutHandler waits for. */
public class PricingHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String cart, Context context) {
        return "42";
    }
}
