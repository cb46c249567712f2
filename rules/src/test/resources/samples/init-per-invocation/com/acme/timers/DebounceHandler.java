package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A new debouncer, and so a new wheel timer, on every invocation; the one kept in a field is made once. */
public class DebounceHandler implements RequestHandler<String, String> {
    private final Debouncer kept = new Debouncer();

    @Override
    public String handleRequest(String id, Context context) {
        new Debouncer().later(() -> context.getLogger().log(id));
        kept.later(() -> context.getLogger().log("kept " + id));
        return id;
    }
}
