package com.acme.contexts;

import java.io.Closeable;
import java.util.function.Supplier;

/**
 * A failure of one read. Of its two factories of the same arity, the one taking a ReadContext keeps only the
 * context's text; the one taking any Closeable keeps its source, which get() hands to whoever asks.
 */
public final class ReadProblem extends RuntimeException implements Supplier<Object> {
    private final Closeable source;

    private ReadProblem(String message, Closeable source) {
        super(message);
        this.source = source;
    }

    public static ReadProblem from(ReadContext ctxt, String message) {
        return new ReadProblem(message + " in " + ctxt.describe(), null);
    }

    public static ReadProblem from(Closeable source, String message) {
        return new ReadProblem(message, source);
    }

    @Override
    public Object get() {
        return source;
    }
}
