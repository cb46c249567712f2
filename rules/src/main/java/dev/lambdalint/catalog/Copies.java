package dev.lambdalint.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Defensive copies for the compact constructors of records: Jackson leaves a field the catalog (or a cached analysis)
 * does not write as null, and a record keeps no caller's mutable collection.
 */
public final class Copies {
    private Copies() {
    }

    /** An unmodifiable copy of the values; empty for null. */
    public static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An unmodifiable copy of the entries; empty for null. */
    public static <K, V> Map<K, V> mapOrEmpty(Map<K, V> entries) {
        return entries == null ? Map.of() : Map.copyOf(entries);
    }

    /**
     * An unmodifiable copy of the entries in key order, so that its text does not depend on the order of the map
     * given; empty for null.
     */
    public static <K, V> Map<K, V> sortedMapOrEmpty(Map<K, V> entries) {
        return entries == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(entries));
    }
}
