package com.acme.contexts;

/** Given the session, only reads it. */
public final class StepCheck {
    public void verify(Session session, String name) {
        if (name.isEmpty() || session.size() > 1_000) {
            throw new IllegalArgumentException("bad step in " + session.id());
        }
    }
}
