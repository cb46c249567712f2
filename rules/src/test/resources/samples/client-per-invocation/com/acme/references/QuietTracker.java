package com.acme.references;

public class QuietTracker {
    private final StringBuilder seen = new StringBuilder();

    void track(String event) {
        seen.append(event);
    }
}
