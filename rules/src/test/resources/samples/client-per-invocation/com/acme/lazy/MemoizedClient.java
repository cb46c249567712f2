package com.acme.lazy;

import java.util.function.Supplier;

/** A project's own lazy holder: builds its value on first use. */
public final class MemoizedClient<T> {
    private final Supplier<T> factory;
    private T value;

    public MemoizedClient(Supplier<T> factory) {
        this.factory = factory;
    }

    public synchronized T get() {
        if (value == null) {
            value = factory.get();
        }
        return value;
    }
}
