package com.acme.contexts;

import java.util.HashMap;
import java.util.Map;

/** A copy per call of a kept prototype, grown, then handed to a holder the handler keeps: it outlives the call. */
public final class StoredContext {
    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/StoredContext.java:}}

    public StoredContext copy() {
        return new StoredContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }
}
