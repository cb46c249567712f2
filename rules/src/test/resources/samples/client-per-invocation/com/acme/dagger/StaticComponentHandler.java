package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** The component is made once per execution environment; its @Singleton catalog with it. */
public class StaticComponentHandler implements RequestHandler<String, String> {
    private static final CatalogComponent COMPONENT = DaggerCatalogComponent.create();

    @Override
    public String handleRequest(String id, Context context) {
        return COMPONENT.catalog().find(id) + COMPONENT.pricing().price(id);
    }
}
