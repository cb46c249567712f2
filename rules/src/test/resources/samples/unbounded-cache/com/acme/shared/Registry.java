package com.acme.shared;

import java.util.HashSet;
import java.util.Set;

/** Static state shared by two handlers: one finding, naming both growing calls. */
public final class Registry {
    public static final Set<String> CUSTOMERS = new HashSet<>(); // Noncompliant {{add at com/acme/orders/RefundHandler.java:}} {{add at com/acme/orders/ShipmentHandler.java:}}

    private Registry() {
    }
}
