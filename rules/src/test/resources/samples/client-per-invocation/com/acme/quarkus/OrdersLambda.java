package com.acme.quarkus;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import software.amazon.awssdk.services.sqs.SqsClient;

/** quarkus-amazon-lambda: a named CDI bean implementing RequestHandler, its fields injected once. */
@Named("orders")
public class OrdersLambda implements RequestHandler<String, String> {
    @Inject
    SqsClient injected;

    @Override
    public String handleRequest(String order, Context context) {
        return injected.toString() + SqsClient.create() + order; // Noncompliant {{of OrdersLambda.handleRequest}}
    }
}
