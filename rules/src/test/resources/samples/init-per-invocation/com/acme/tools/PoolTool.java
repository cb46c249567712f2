package com.acme.tools;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

/** Not reached from any handler: a back-fill tool run by hand. */
public class PoolTool {
    public void backfill(List<String> ids) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ids.forEach(id -> pool.submit(id::trim));
        pool.shutdown();
    }

    public ThreadPoolExecutor pool() {
        return (ThreadPoolExecutor) Executors.newCachedThreadPool();
    }
}
