package com.acme.contexts;

import java.util.HashMap;
import java.util.Map;

/** A copy per call, handed to a sink a method reference implements: code out of sight may keep it. */
public final class SinkContext {
    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/SinkContext.java:}}

    public SinkContext copy() {
        return new SinkContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }
}
