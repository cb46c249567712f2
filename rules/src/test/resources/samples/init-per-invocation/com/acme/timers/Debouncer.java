package com.acme.timers;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import java.util.concurrent.TimeUnit;

/** A helper object whose field makes a wheel timer: every new debouncer starts a timer thread. */
public class Debouncer {
    private final HashedWheelTimer wheel = new HashedWheelTimer(); // Noncompliant {{DebounceHandler.handleRequest}}

    public Timeout later(Runnable work) {
        return wheel.newTimeout(timeout -> work.run(), 100, TimeUnit.MILLISECONDS);
    }
}
