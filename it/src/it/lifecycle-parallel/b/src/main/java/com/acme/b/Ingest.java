package com.acme.b;

import java.util.List;

/** A library module: no handler. */
public final class Ingest {
    private Ingest() {
    }

    public static int count(List<String> lines) {
        return lines.size();
    }
}
