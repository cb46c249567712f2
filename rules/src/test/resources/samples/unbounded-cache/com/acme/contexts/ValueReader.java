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
        if (id.startsWith("#")) {
            boolean strict = id.length() > 1;
            return readOne(id.substring(1), strict);
        }
        ctxt.resolverFor(id.substring(0, 1));
        return ctxt.findId(id, id.length());
    }

    /**
     * An overload of the same arity: its call above passes a String and a boolean, which the one taking a
     * ReadContext cannot take, so that call hands no context on.
     */
    private Object readOne(String id, boolean strict) {
        return strict ? id.trim() : id;
    }
}
