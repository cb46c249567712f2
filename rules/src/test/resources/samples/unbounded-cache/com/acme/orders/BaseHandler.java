package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

/** A template base: its instance fields belong to the handler object that extends it. */
public abstract class BaseHandler implements RequestHandler<Order, String> {
    protected final Map<String, Order> processed = new HashMap<>(); // Noncompliant {{field of the handler}}

    @Override
    public String handleRequest(Order order, Context context) {
        return process(order);
    }

    protected abstract String process(Order order);
}
