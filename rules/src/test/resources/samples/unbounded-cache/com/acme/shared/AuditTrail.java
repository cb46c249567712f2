package com.acme.shared;

import java.util.ArrayList;
import java.util.List;

/** Built per invocation: its instance list dies with it. A static one does not. */
public class AuditTrail {
    private static final List<String> ALL_ENTRIES = new ArrayList<>(); // Noncompliant {{via BaseHandler.handleRequest -> RefundHandler.process -> AuditTrail.record}}
    private final List<String> entries = new ArrayList<>();

    public void record(String entry) {
        entries.add(entry);
        ALL_ENTRIES.add(entry);
    }
}
