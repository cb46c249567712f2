package com.acme.contexts;

import java.util.ArrayList;
import java.util.List;

/**
 * Like Session, made fresh per call and handed down, but per-invocation code also grows the instance a static field
 * keeps: its list outlives the invocation.
 */
public final class Trace {
    static final Trace GLOBAL = new Trace();

    private final List<String> marks = new ArrayList<>(); // Noncompliant {{add at com/acme/contexts/Trace.java:}} {{via LeakingHandler.handleRequest -> Trace.mark}}

    public static Trace start() {
        return new Trace();
    }

    public void mark(String name) {
        marks.add(name);
    }
}
