package com.acme.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Evicts its eldest entry past a size: bounded. */
public class LruCache<K, V> extends LinkedHashMap<K, V> {
    private final int max;

    public LruCache(int max) {
        super(16, 0.75f, true);
        this.max = max;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > max;
    }
}
