package com.acme.ids;

import java.util.UUID;

/** A class whose initialisation the handler's own static initialiser triggers: part of INIT. */
public final class Environment {
    private static final String ID = UUID.randomUUID().toString(); // Noncompliant {{kept in ID}} {{via SessionHandler.<clinit> -> Environment.id -> Environment.<clinit>}}

    private Environment() {
    }

    static String id() {
        return ID;
    }
}
