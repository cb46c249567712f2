package com.acme.requests;

import java.util.ArrayList;
import java.util.List;

/** Fresh baskets (FreshHandler) are quiet; CountingHandler keeps its basket in a static field, so the list grows. */
public final class Basket {
    private final List<String> items = new ArrayList<>(); // Noncompliant {{add at com/acme/requests/Basket.java:}}

    public void add(String item) {
        items.add(item);
    }
}
