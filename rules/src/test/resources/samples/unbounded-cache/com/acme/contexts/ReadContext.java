package com.acme.contexts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A context the mapper keeps as a prototype and copies for every read, the way Jackson's DeserializationContext
 * works: the prototype never grows; each copy collects the ids of one read and is dropped when the read returns.
 * Quiet, although the mapper keeps one ReadContext for the environment's life.
 */
public abstract class ReadContext {
    protected Map<String, Object> ids;

    /** Walked by a for-each loop, which hands on its elements, not the list. */
    private List<String> resolvers;

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
        if (value == null) {
            // the overload taking a ReadContext: the one taking any Closeable (and keeping it) cannot take this
            throw ReadProblem.from(this, "no value for " + id);
        }
        ids.put(id, value);
        return value;
    }

    public String resolverFor(String kind) {
        if (resolvers == null) {
            resolvers = new ArrayList<>(4);
        } else {
            for (String resolver : resolvers) {
                if (resolver.equals(kind)) {
                    return resolver;
                }
            }
        }
        resolvers.add(kind);
        return kind;
    }

    public String describe() {
        return locale + " " + (ids == null ? 0 : ids.size()) + " ids";
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
