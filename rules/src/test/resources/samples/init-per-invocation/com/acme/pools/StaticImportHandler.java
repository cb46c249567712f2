package com.acme.pools;

import static java.util.concurrent.Executors.newSingleThreadExecutor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.ExecutorService;

/** The factory through a static import is the same pool. */
public class StaticImportHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String id, Context context) {
        ExecutorService single = newSingleThreadExecutor(); // Noncompliant {{ExecutorService (thread pool)}}
        single.submit(() -> context.getLogger().log(id));
        single.shutdown();
        return id;
    }
}
