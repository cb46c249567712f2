package com.acme.contexts;

/** A generic holder: what value() returns is its type argument. */
public final class Link<T> {
    private final T value;

    public Link(T value) {
        this.value = value;
    }

    public T value() {
        return value;
    }
}
