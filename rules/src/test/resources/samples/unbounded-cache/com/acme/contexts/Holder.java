package com.acme.contexts;

/** What the handler keeps: the last context it was given. */
public final class Holder {
    private StoredContext current;

    public void keep(StoredContext context) {
        this.current = context;
    }
}
