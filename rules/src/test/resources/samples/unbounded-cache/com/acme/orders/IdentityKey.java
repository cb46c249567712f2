package com.acme.orders;

/** Made of a class too, but without equals: every new IdentityKey is a key no other equals. */
public final class IdentityKey {
    private final Class<?> type;

    public IdentityKey(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }
}
