package com.acme.contexts;

import java.util.ArrayList;
import java.util.List;

/**
 * A per-call session a static factory makes, that hands itself down to a checker and is passed down through
 * parameters. The shared NONE never grows: quiet.
 */
public final class Session {
    public static final Session NONE = new Session("none");

    private final String id;
    private final List<String> steps = new ArrayList<>();

    private Session(String id) {
        this.id = id;
    }

    public static Session open(String id) {
        return new Session(id);
    }

    public void step(String name) {
        steps.add(name);
        new StepCheck().verify(this, name);
    }

    public String id() {
        return id;
    }

    public int size() {
        return steps.size();
    }
}
