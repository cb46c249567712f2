package com.acme.pools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Thread pools started on every invocation and never shut down: their threads pile up in the environment. */
public class PoolPerCallHandler implements RequestHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> ids, Context context) {
        ExecutorService pool = Executors.newFixedThreadPool(4); // Noncompliant {{ExecutorService (thread pool) is built on every invocation of PoolPerCallHandler.handleRequest: every call starts a new thread pool}}
        ids.forEach(id -> pool.submit(() -> id.length()));
        ThreadPoolExecutor bounded = new ThreadPoolExecutor(2, 8, 60, TimeUnit.SECONDS, // Noncompliant {{ThreadPoolExecutor (thread pool)}}
                new ArrayBlockingQueue<>(100));
        bounded.execute(() -> context.getLogger().log("audit"));
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(1); // Noncompliant {{ScheduledExecutorService (thread pool)}}
        timer.schedule(() -> context.getLogger().log("slow"), 5, TimeUnit.SECONDS);
        int total = new ForkJoinPool(ids.size()).invoke(new LengthTask(ids)); // Noncompliant {{Lambda's limit of 1,024 threads}}
        return total + fanOut(ids);
    }

    private String fanOut(List<String> ids) {
        ExecutorService workers = Executors.newCachedThreadPool(); // Noncompliant {{via PoolPerCallHandler.handleRequest -> PoolPerCallHandler.fanOut}}
        ids.forEach(id -> workers.execute(id::trim));
        return ids.toString();
    }
}
