package com.acme.contexts;

/** Keeps the prototype context; every read works on a fresh copy that it only hands down the call chain. */
public final class Mapper {
    private final ReadContext prototype = new ReadContext.Impl("en");

    public Object read(String input) {
        ReadContext ctxt = createContext(input);
        Object value = new ValueReader().readAll(input.split(","), ctxt);
        new ReadState(ctxt).finish(input);
        if (ctxt.unresolved()) {
            throw new IllegalStateException("unresolved ids in " + input);
        }
        return value;
    }

    private ReadContext createContext(String input) {
        return prototype.createInstance(input);
    }
}
