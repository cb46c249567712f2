package dev.lambdalint.catalog;

import java.util.List;

/**
 * A library box whose content code sets once and then reads ({@code AtomicReference}): in a field,
 * {@code if (REF.get() == null) REF.compareAndSet(null, build());} builds once per execution environment.
 *
 * @param types  globs of the holder types
 * @param reads  methods that return the content
 * @param writes methods that set the content
 */
public record LazyHolder(List<String> types, List<String> reads, List<String> writes) {

    public LazyHolder {
        types = Copies.listOrEmpty(types);
        reads = Copies.listOrEmpty(reads);
        writes = Copies.listOrEmpty(writes);
    }

    boolean covers(List<String> typeCandidates) {
        return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(types, t));
    }
}
