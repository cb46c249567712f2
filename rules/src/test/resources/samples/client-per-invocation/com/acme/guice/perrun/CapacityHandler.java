package com.acme.guice.perrun;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.inject.Guice;
import com.google.inject.Injector;

/** Makes a new injector from its module on every invocation, so the module's singletons are built every time. */
public class CapacityHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context lambdaContext) {
        Injector injector = Guice.createInjector(new CapacityModule());
        return injector.getInstance(CapacityStore.class).load(input);
    }
}
