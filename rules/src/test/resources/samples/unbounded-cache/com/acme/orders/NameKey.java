package com.acme.orders;

/** Compared by value, but made of a name: as many keys as names. */
public record NameKey(String name) {
}
