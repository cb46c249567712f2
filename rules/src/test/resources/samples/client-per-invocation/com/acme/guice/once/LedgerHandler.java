package com.acme.guice.once;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.inject.Guice;
import com.google.inject.Injector;

/** Makes its injector once, in a static final field: the module's singletons are built once per environment. */
public class LedgerHandler implements RequestHandler<String, String> {
    private static final Injector INJECTOR = Guice.createInjector(new LedgerModule());

    @Override
    public String handleRequest(String input, Context lambdaContext) {
        return INJECTOR.getInstance(LedgerModule.Ledger.class).entry(input);
    }
}
