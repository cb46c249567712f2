package com.acme.requests;

import java.util.HashMap;
import java.util.Map;

/**
 * A bag of attributes with a shared empty instance. Only objects made per request and kept by nobody grow it, so its
 * map goes with each request: quiet, although the static EMPTY keeps one Attributes for the environment's life.
 */
public final class Attributes {
    public static final Attributes EMPTY = new Attributes();

    private final Map<String, String> values = new HashMap<>();

    public void put(String key, String value) {
        values.put(key, value);
    }

    /** Grows the map through a call on this. */
    public Attributes mark(String key) {
        put(key, "seen");
        return null;
    }

    public int size() {
        return values.size();
    }
}
