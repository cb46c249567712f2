package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The component is made on the first invocation only, under a null check. */
public class LazyComponentHandler implements RequestHandler<String, String> {
    private static ShippingComponent component;

    @Override
    public String handleRequest(String id, Context context) {
        if (component == null) {
            component = DaggerShippingComponent.create();
        }
        return component.shipping().ship(id);
    }
}
