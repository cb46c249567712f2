package com.acme.timers.lookalike;

/** The project's own Timer: it measures elapsed time and starts no thread. */
public final class Timer {
    private final long start = System.nanoTime();

    public long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
