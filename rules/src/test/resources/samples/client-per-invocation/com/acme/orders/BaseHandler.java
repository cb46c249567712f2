package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A generic abstract base: the entry lives here, the work in each subclass's override. */
public abstract class BaseHandler<I, O> implements RequestHandler<I, O> {
    @Override
    public O handleRequest(I input, Context context) {
        return process(input);
    }

    protected abstract O process(I input);
}
