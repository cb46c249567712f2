package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.net.ssl.SSLContext;
import javax.validation.Validation;

/** Security and validation infrastructure built per invocation; the cheap factories beside it are fine. */
public class ValidationHandler implements RequestHandler<Order, String> {

    @Override
    public String handleRequest(Order order, Context context) {
        var violations = Validation.buildDefaultValidatorFactory().getValidator().validate(order); // Noncompliant {{ValidatorFactory (Bean Validation)}}
        var factory = jakarta.validation.Validation.byDefaultProvider().configure() // Noncompliant {{ValidatorFactory}}
                .buildValidatorFactory();
        SSLContext tls = SSLContext.getInstance("TLSv1.3"); // Noncompliant {{SSLContext (JSSE)}}
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Mac mac = Mac.getInstance("HmacSHA256");
        String summary = String.format("%s: %d violations", order.id(), violations.size());
        return summary + tls + factory + sha.digest(order.id().getBytes()).length + mac;
    }
}
