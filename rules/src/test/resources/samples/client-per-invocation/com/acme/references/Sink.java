package com.acme.references;

public interface Sink {
    void write(String event);
}
