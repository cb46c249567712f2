package com.acme.contexts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A copy per call of a kept prototype, grown, then added to a static list: every copy outlives its call. */
public final class ListedContext {
    static final List<ListedContext> HISTORY = new ArrayList<>(); // Noncompliant {{add at com/acme/contexts/LeakingHandler.java:}}

    private final Map<String, String> ids = new HashMap<>(); // Noncompliant {{put at com/acme/contexts/ListedContext.java:}}

    public ListedContext copy() {
        return new ListedContext();
    }

    public void remember(String id) {
        ids.put(id, id);
    }
}
