package com.acme.requests;

import java.util.ArrayList;
import java.util.List;

/** Made per request, but its own constructor hands it to a static field: the latest one outlives the request. */
public final class Trail {
    static Trail latest;

    private final List<String> steps = new ArrayList<>(); // Noncompliant {{add at com/acme/requests/Trail.java:}}

    public Trail() {
        latest = this;
    }

    public void step(String name) {
        steps.add(name);
    }
}
