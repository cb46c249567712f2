package com.acme.pools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pools shut down before the invocation ends leak no thread, but each call still starts the pool and its threads
 * again: still reported.
 */
public class ShutDownPoolHandler implements RequestHandler<List<String>, Integer> {

    @Override
    public Integer handleRequest(List<String> ids, Context context) {
        ExecutorService pool = Executors.newFixedThreadPool(8); // Noncompliant {{every call starts a new thread pool}}
        try {
            return pool.submit(() -> ids.size()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    /** An ExecutorService is AutoCloseable since Java 19: close() shuts it down and waits for its tasks. */
    public Integer count(List<String> ids) throws Exception {
        try (ExecutorService pool = Executors.newWorkStealingPool()) { // Noncompliant {{build it once in a static final field or the handler's constructor}}
            Future<Integer> size = pool.submit(ids::size);
            return size.get();
        }
    }
}
