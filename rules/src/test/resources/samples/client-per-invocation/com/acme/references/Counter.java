package com.acme.references;

public class Counter {
    private int seen;

    void add(String event) {
        seen += event.length();
    }
}
