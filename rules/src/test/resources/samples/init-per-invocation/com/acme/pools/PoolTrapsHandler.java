package com.acme.pools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.google.common.util.concurrent.ListeningExecutorService;
import com.google.common.util.concurrent.MoreExecutors;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;

/** Every way of making a pool once per execution environment, and per-call look-alikes that start none: quiet. */
public class PoolTrapsHandler implements RequestHandler<List<String>, String> {
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(4);
    private static final ScheduledExecutorService TICKS;
    private static ThreadPoolExecutor lazy;

    static {
        TICKS = Executors.newSingleThreadScheduledExecutor();
    }

    private final ForkJoinPool splitter;
    private final ListeningExecutorService listening = MoreExecutors.listeningDecorator(Executors.newCachedThreadPool());

    public PoolTrapsHandler() {
        splitter = new ForkJoinPool(2);
    }

    private static ThreadPoolExecutor lazy() {
        if (lazy == null) {
            lazy = (ThreadPoolExecutor) Executors.newCachedThreadPool();
        }
        return lazy;
    }

    @Override
    public String handleRequest(List<String> ids, Context context) {
        WORKERS.submit(() -> ids.size());
        lazy().execute(() -> context.getLogger().log("lazy"));
        int common = ForkJoinPool.commonPool().invoke(new LengthTask(ids));
        CompletableFuture<Integer> async = CompletableFuture.supplyAsync(ids::size);
        ExecutorService shared = MoreExecutors.listeningDecorator(WORKERS);
        ExecutorService readOnly = Executors.unconfigurableExecutorService(WORKERS);
        ExecutorService inline = MoreExecutors.newDirectExecutorService();
        try (ExecutorService virtual = Executors.newVirtualThreadPerTaskExecutor()) {
            virtual.submit(() -> context.getLogger().log("virtual threads are made to be started per task"));
        }
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory())) {
            perTask.submit(() -> context.getLogger().log("a thread per task, no pool"));
        }
        return common + async.join() + splitter.invoke(new LengthTask(ids)) + shared.toString() + readOnly + inline
                + TICKS + listening;
    }

    public static void main(String[] args) {
        ExecutorService local = Executors.newFixedThreadPool(2);
        local.submit(() -> new PoolTrapsHandler().handleRequest(List.of(args), null));
        local.shutdown();
    }
}
