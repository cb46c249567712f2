package com.acme.contexts;

import java.util.ArrayList;
import java.util.List;

/**
 * A per-call session a static factory makes, that hands itself down to checkers (one a generic holder's type
 * argument, one an array's element) and is passed down through parameters. The shared NONE never grows: quiet.
 */
public final class Session {
    public static final Session NONE = new Session("none");

    private final String id;
    private final List<String> steps = new ArrayList<>();
    private final Link<StepCheck> check = new Link<>(new StepCheck());
    private final StepCheck[] extraChecks = {new StepCheck()};

    private Session(String id) {
        this.id = id;
    }

    public static Session open(String id) {
        return new Session(id);
    }

    public void step(String name) {
        steps.add(name);
        check.value().verify(this, name);
        extraChecks[0].verify(this, name);
    }

    public String id() {
        return id;
    }

    public int size() {
        return steps.size();
    }
}
