package com.acme.guice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.inject.Guice;
import com.google.inject.Injector;

/** The injector made once, in the constructor, and kept: every request reuses it. */
public class OnceInjectorHandler implements RequestHandler<String, String> {
    private final Injector injector;

    public OnceInjectorHandler() {
        injector = Guice.createInjector(new ReportModule());
    }

    @Override
    public String handleRequest(String input, Context context) {
        return injector.getInstance(String.class);
    }
}
