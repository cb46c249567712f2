package com.acme.batch;

import java.util.function.Consumer;

/** A project builder with Powertools' method name: it keeps the function and never calls it. */
public class LocalBatchBuilder {
    private Consumer<Order> kept;

    public Object buildWithMessageHandler(Consumer<Order> handler, Class<Order> type) {
        kept = handler;
        return type.getName();
    }
}
