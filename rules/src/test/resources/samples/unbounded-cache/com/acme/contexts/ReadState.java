package com.acme.contexts;

/** A helper made per read that holds the read's context in a field: nothing long-lived holds a ReadState. */
public final class ReadState {
    private final ReadContext ctxt;

    public ReadState(ReadContext ctxt) {
        this.ctxt = ctxt;
    }

    public void finish(String input) {
        ctxt.findId("$root", input);
    }
}
