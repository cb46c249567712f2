package com.acme.pools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/** Reaches ShutDownPoolHandler.count on every invocation. */
public class CountingHandler implements RequestHandler<List<String>, Integer> {
    private final ShutDownPoolHandler counter = new ShutDownPoolHandler();

    @Override
    public Integer handleRequest(List<String> ids, Context context) {
        try {
            return counter.count(ids);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
