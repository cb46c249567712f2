package com.acme.store;

/** A plain class whose purge only a scheduled lambda calls: that call is enough for it to run. */
public class Purger {

    void purge() {
        PacedHandler.PURGED.clear();
    }
}
