package dev.lambdalint.catalog;

import java.util.List;

/**
 * A cache builder (Caffeine, Guava's CacheBuilder): a chain started by one of {@code starts} on one of
 * {@code types} builds a cache that is bounded only when the chain calls one of {@code bounds}.
 */
public record CacheBuilderType(List<String> types, List<String> starts, List<String> bounds) {

    public CacheBuilderType {
        types = Copies.listOrEmpty(types);
        starts = Copies.listOrEmpty(starts);
        bounds = Copies.listOrEmpty(bounds);
    }

    boolean covers(String fqn) {
        return TypePattern.anyMatches(types, fqn);
    }
}
