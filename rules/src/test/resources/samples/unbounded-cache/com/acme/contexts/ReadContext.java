package com.acme.contexts;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A context the mapper keeps as a prototype and copies for every read, the way Jackson's DeserializationContext
 * works: the prototype never grows; each copy collects the ids of one read and is dropped when the read returns.
 * Quiet, although the mapper keeps one ReadContext for the environment's life.
 */
public abstract class ReadContext {
    protected Map<String, Object> ids;

    private final String locale;

    protected ReadContext(String locale) {
        this.locale = locale;
    }

    protected ReadContext(ReadContext prototype) {
        this.locale = prototype.locale;
    }

    public abstract ReadContext createInstance(String input);

    public Object findId(String id, Object value) {
        if (ids == null) {
            ids = new LinkedHashMap<>();
        }
        Object known = ids.get(id);
        if (known != null) {
            return known;
        }
        ids.put(id, value);
        return value;
    }

    public boolean unresolved() {
        return ids != null && ids.containsValue(null);
    }

    /** The only implementation: a copy per read, made from the prototype. */
    public static final class Impl extends ReadContext {
        public Impl(String locale) {
            super(locale);
        }

        private Impl(Impl prototype) {
            super(prototype);
        }

        @Override
        public ReadContext createInstance(String input) {
            return new Impl(this);
        }
    }
}
