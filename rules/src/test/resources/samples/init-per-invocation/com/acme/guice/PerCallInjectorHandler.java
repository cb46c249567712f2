package com.acme.guice;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.inject.Guice;
import com.google.inject.Injector;

/** A new Guice injector on every request, through a helper as well. */
public class PerCallInjectorHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String input, Context context) {
        Injector injector = Guice.createInjector(new ReportModule()); // Noncompliant {{Injector (Guice) is built on every invocation of PerCallInjectorHandler.handleRequest}}
        return injector.getInstance(String.class) + helper().getInstance(String.class);
    }

    private Injector helper() {
        return Guice.createInjector(new ReportModule()); // Noncompliant {{Injector (Guice)}}
    }
}
