package com.acme.requests;

import java.util.ArrayList;
import java.util.List;

/** Like Attributes, but per-invocation code also grows the shared instance: its list outlives the invocation. */
public final class Tally {
    public static final Tally SHARED = new Tally();

    private final List<String> entries = new ArrayList<>(); // Noncompliant {{add at com/acme/requests/Tally.java:}} {{via CountingHandler.handleRequest -> Tally.count}}

    public void count(String entry) {
        entries.add(entry);
    }
}
