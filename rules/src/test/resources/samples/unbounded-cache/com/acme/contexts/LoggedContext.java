package com.acme.contexts;

import java.util.HashMap;
import java.util.Map;

/** A copy per call, grown, then given to a library method: what the library does with it cannot be seen. */
public final class LoggedContext {
    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/LoggedContext.java:}}

    public LoggedContext copy() {
        return new LoggedContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }
}
