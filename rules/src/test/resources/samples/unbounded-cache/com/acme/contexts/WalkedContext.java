package com.acme.contexts;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy per call whose list is walked by a for-each loop, like ReadContext's resolvers, but also handed out by a
 * getter to a holder the handler keeps: the list may outlive the call.
 */
public final class WalkedContext {
    private List<String> kinds; // Noncompliant {{add at com/acme/contexts/WalkedContext.java:}}

    public WalkedContext copy() {
        return new WalkedContext();
    }

    public void remember(String kind) {
        if (kinds == null) {
            kinds = new ArrayList<>();
        }
        for (String known : kinds) {
            if (known.equals(kind)) {
                return;
            }
        }
        kinds.add(kind);
    }

    public List<String> kinds() {
        return kinds;
    }
}
