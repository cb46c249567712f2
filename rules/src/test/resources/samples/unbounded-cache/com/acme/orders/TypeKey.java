package com.acme.orders;

/** A key made of a class, compared by that class (the way Jackson's ClassKey is): one key per class. */
public final class TypeKey {
    private final Class<?> type;

    public TypeKey(Class<?> type) {
        this.type = type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeKey key && key.type == type;
    }

    @Override
    public int hashCode() {
        return type.getName().hashCode();
    }
}
