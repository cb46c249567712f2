package com.acme.contexts;

import java.util.HashMap;
import java.util.Map;

/** A copy per call, grown, then returned to the handler, which keeps it in a field. */
public final class ReturnedContext {
    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/ReturnedContext.java:}}

    public ReturnedContext copy() {
        return new ReturnedContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }
}
