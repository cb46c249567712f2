package com.acme.contexts;

import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy per call of a kept prototype that is a Closeable: ReadProblem's factory taking any Closeable can take it,
 * and keeps it where get() hands it out, so the copy may outlive the call.
 */
public final class ClosingContext implements Closeable {
    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/ClosingContext.java:}}

    public ClosingContext copy() {
        return new ClosingContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
