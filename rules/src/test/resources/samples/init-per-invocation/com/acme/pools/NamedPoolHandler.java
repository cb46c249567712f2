package com.acme.pools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** A project class extending ThreadPoolExecutor is a thread pool too. */
public class NamedPoolHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String id, Context context) {
        NamedThreadPool pool = new NamedThreadPool("orders", 2); // Noncompliant {{NamedThreadPool (thread pool) is built on every invocation}}
        pool.execute(() -> context.getLogger().log(id));
        return id;
    }
}
