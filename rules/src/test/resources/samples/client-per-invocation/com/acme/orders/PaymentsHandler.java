package com.acme.orders;

import com.acme.internal.PaymentsClient;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** An in-house client type, known to the catalog through the configuration (sample.properties). */
public class PaymentsHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        PaymentsClient viaNew = new PaymentsClient("https://payments.internal"); // Noncompliant {{in-house client (configured)}}
        PaymentsClient viaBuilder = PaymentsClient.builder().endpoint("https://payments.internal").build(); // Noncompliant
        return viaNew.toString() + viaBuilder;
    }
}
