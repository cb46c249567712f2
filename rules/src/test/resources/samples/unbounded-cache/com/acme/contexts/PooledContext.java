package com.acme.contexts;

import java.util.HashMap;
import java.util.Map;

/** Its factory hands out the last context again when asked to reuse: not always a fresh one. */
public final class PooledContext {
    private static final PooledContext last = new PooledContext();

    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/PooledContext.java:}}

    public static PooledContext open(boolean reuse) {
        if (reuse) {
            return last;
        }
        return new PooledContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }
}
