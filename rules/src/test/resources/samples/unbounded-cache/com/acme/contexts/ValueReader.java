package com.acme.contexts;

/** Hands the context on through its parameters only, recursively too: it never keeps it. */
public final class ValueReader {
    public Object readAll(String[] ids, ReadContext ctxt) {
        Object last = null;
        for (String id : ids) {
            last = readOne(id.trim(), ctxt);
        }
        return last;
    }

    private Object readOne(String id, ReadContext ctxt) {
        if (id.startsWith("[")) {
            return readAll(id.substring(1).split(";"), ctxt);
        }
        return ctxt.findId(id, id.length());
    }
}
