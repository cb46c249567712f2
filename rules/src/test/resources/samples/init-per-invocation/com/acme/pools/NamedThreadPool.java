package com.acme.pools;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The project's own pool: a ThreadPoolExecutor whose threads carry a name. */
public class NamedThreadPool extends ThreadPoolExecutor {
    public NamedThreadPool(String name, int threads) {
        super(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> new Thread(task, name));
    }
}
