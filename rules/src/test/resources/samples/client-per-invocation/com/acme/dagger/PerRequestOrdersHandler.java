package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A whole component per request: its @Singleton bindings are single only within this invocation. */
public class PerRequestOrdersHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String id, Context context) {
        OrdersComponent component = DaggerOrdersComponent.create();
        component.orders().place(id);
        return id;
    }
}
