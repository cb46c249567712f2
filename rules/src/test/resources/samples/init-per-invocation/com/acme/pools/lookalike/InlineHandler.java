package com.acme.pools.lookalike;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.Executor;

/** Executors here is the project's own class in this package: no thread pool. */
public class InlineHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String id, Context context) {
        Executor direct = Executors.newFixedThreadPool(4);
        direct.execute(() -> context.getLogger().log(id));
        return id;
    }
}
