package com.acme.contexts;

/** Where finished contexts go. */
public interface ContextSink {
    void accept(SinkContext context);
}
