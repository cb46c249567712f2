package com.acme.shared;

import java.util.HashMap;
import java.util.Map;

/** Kept in a field of the handler, so its own fields live as long as the execution environment. */
public class Repository {
    private final Map<String, String> rows = new HashMap<>(); // Noncompliant {{field of Repository, which the handler keeps}}
    private final Map<String, String> lookups = new HashMap<>();

    public String find(String id) {
        String row = "row-" + id;
        rows.put(id, row);
        lookups.putIfAbsent(id, row);
        return row;
    }

    public void forget(String id) {
        lookups.remove(id);
    }
}
