package com.acme.store;

import java.util.UUID;

public class Customer {
    final UUID uuid = UUID.randomUUID();
    String name;

    public String id() {
        return uuid.toString();
    }
}
