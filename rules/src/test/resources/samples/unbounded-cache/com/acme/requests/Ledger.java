package com.acme.requests;

import java.util.HashMap;
import java.util.Map;

/** A prototype the handler holds in a field, and fresh copies: the prototype's map outlives the invocation. */
public final class Ledger {
    private final Map<String, Integer> lines = new HashMap<>(); // Noncompliant {{put at com/acme/requests/Ledger.java:}} {{via LedgerHandler.handleRequest -> Ledger.post}}

    public Ledger copy() {
        return new Ledger();
    }

    public void post(String account, int amount) {
        lines.put(account, amount);
    }
}
