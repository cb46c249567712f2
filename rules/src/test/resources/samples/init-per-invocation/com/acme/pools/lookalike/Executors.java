package com.acme.pools.lookalike;

import java.util.concurrent.Executor;

/** The project's own Executors: its "pool" runs tasks on the caller's thread and starts none. */
public final class Executors {
    private Executors() {
    }

    public static Executor newFixedThreadPool(int threads) {
        return Runnable::run;
    }
}
