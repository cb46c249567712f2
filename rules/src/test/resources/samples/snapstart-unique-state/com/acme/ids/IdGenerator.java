package com.acme.ids;

import java.util.Random;

/** Kept by a handler's field, so what its construction makes lives as long as the environment. */
public class IdGenerator {
    private final Random random = new Random(); // Noncompliant {{kept in random}} {{via CheckpointHandler.<init> -> IdGenerator.<init>}}

    public long next() {
        return random.nextLong();
    }
}
