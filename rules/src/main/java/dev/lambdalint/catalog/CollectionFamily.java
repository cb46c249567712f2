package dev.lambdalint.catalog;

import java.util.List;

/**
 * A kind of collection that can grow without bound, as the catalog describes it.
 *
 * @param family  what it is, for messages ("map", "Caffeine cache")
 * @param types   globs of the declared types that are this kind
 * @param keyed   whether an entry is identified by a key (maps, sets, caches): adding the same key again does
 *                not grow it, so a fixed set of keys bounds it
 * @param cache   whether it is a cache built by a cache builder, bounded or not by the builder's settings
 * @param grows   the methods that add entries
 * @param shrinks the methods that remove entries
 * @param removesOne of those, the ones that remove only what their argument names: one key or element
 *                   ({@code remove(id)}, {@code invalidate(key)}), or those a predicate selects ({@code removeIf})
 * @param advice  what to do instead, when the usual advice for its kind (a bound) does not fit; null for that
 * @param writers the writers that write into it when built around it ({@code new PrintWriter(errors)} handed to
 *                {@code printStackTrace}): handing one to a call grows it
 */
public record CollectionFamily(String family, List<String> types, boolean keyed, boolean cache, List<String> grows,
                               List<String> shrinks, List<String> removesOne, String advice, List<String> writers) {

    public CollectionFamily {
        types = Copies.listOrEmpty(types);
        grows = Copies.listOrEmpty(grows);
        shrinks = Copies.listOrEmpty(shrinks);
        removesOne = Copies.listOrEmpty(removesOne);
        writers = Copies.listOrEmpty(writers);
    }

    /** Whether a writer of this type, built around a collection of this family, writes into it. */
    public boolean writtenBy(String writerType) {
        return TypePattern.anyMatches(writers, writerType);
    }

    boolean covers(String fqn) {
        return TypePattern.anyMatches(types, fqn);
    }
}
