package dev.lambdalint.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the catalog knows about collections that may grow without bound.
 *
 * @param families      the kinds of growable collections
 * @param views         calls that return a view backed by the collection ({@code keySet()}, {@code asMap()}, an
 *                      iterator): adding or removing through the view changes the collection
 * @param sizeChecks    calls that read the size, for a check that caps growth
 * @param boundedTypes  globs of types bounded by nature (EnumMap, WeakHashMap, ArrayBlockingQueue, Guava's
 *                      EvictingQueue, Commons Collections' CircularFifoQueue and LRUMap)
 * @param capacityBoundedTypes globs of types bounded when built with a capacity
 *                      ({@code new LinkedBlockingQueue<>(100)}), unbounded without one
 * @param fixedKeyTypes globs of key types with few values (an enum of the project counts too)
 * @param evictionHooks methods whose override evicts entries (LinkedHashMap.removeEldestEntry)
 * @param cacheBuilders the cache builders and the settings that bound what they build
 * @param keepNoArgument library methods ({@code Type.method}, type as a glob) that use what they are given only
 *                      while they run, and keep none of it: a per-call object handed to one is not kept by it
 *                      (a project override of one is judged by its own code)
 * @param elementGetters library methods that return a value of one of their receiver's type arguments, to know
 *                      the class of what {@code entry.getValue()} returns
 */
public record CollectionCatalog(List<CollectionFamily> families, List<String> views, List<String> sizeChecks,
                                List<String> boundedTypes, List<String> capacityBoundedTypes,
                                List<String> fixedKeyTypes, List<String> evictionHooks,
                                List<CacheBuilderType> cacheBuilders, List<String> keepNoArgument,
                                List<ElementGetter> elementGetters) {

    public CollectionCatalog {
        families = Copies.listOrEmpty(families);
        views = Copies.listOrEmpty(views);
        sizeChecks = Copies.listOrEmpty(sizeChecks);
        boundedTypes = Copies.listOrEmpty(boundedTypes);
        capacityBoundedTypes = Copies.listOrEmpty(capacityBoundedTypes);
        fixedKeyTypes = Copies.listOrEmpty(fixedKeyTypes);
        evictionHooks = Copies.listOrEmpty(evictionHooks);
        cacheBuilders = Copies.listOrEmpty(cacheBuilders);
        keepNoArgument = Copies.listOrEmpty(keepNoArgument);
        elementGetters = Copies.listOrEmpty(elementGetters);
    }

    /** Which type argument of its receiver the library method returns, when the catalog knows. */
    public Optional<Integer> typeArgumentReturned(List<String> receiverCandidates, String method) {
        return elementGetters.stream().filter(g -> receiverCandidates.stream().anyMatch(t -> g.covers(t, method)))
                .map(ElementGetter::typeArgument).findFirst();
    }

    /** Whether a library method of one of the types keeps nothing it is given. */
    public boolean keepsNoArgument(List<String> typeCandidates, String method) {
        return keepNoArgument.stream().filter(m -> m.endsWith("." + method))
                .map(m -> TypePattern.of(m.substring(0, m.length() - method.length() - 1)))
                .anyMatch(p -> typeCandidates.stream().anyMatch(p::matches));
    }

    /** The family of the first type candidate that has one. */
    public Optional<CollectionFamily> family(List<String> typeCandidates) {
        for (String type : typeCandidates) {
            for (CollectionFamily family : families) {
                if (family.covers(type)) {
                    return Optional.of(family);
                }
            }
        }
        return Optional.empty();
    }

    public boolean boundedType(List<String> typeCandidates) {
        return matchesAny(boundedTypes, typeCandidates);
    }

    public boolean capacityBoundedType(List<String> typeCandidates) {
        return matchesAny(capacityBoundedTypes, typeCandidates);
    }

    public boolean fixedKeyType(List<String> typeCandidates) {
        return matchesAny(fixedKeyTypes, typeCandidates);
    }

    /** {@code Owner.method()} that starts a cache builder chain. */
    public Optional<CacheBuilderType> cacheBuilder(List<String> ownerCandidates, String method) {
        return cacheBuilders.stream().filter(b -> b.starts().contains(method)
                && ownerCandidates.stream().anyMatch(b::covers)).findFirst();
    }

    private static boolean matchesAny(List<String> globs, List<String> typeCandidates) {
        return globs.stream().map(TypePattern::of).anyMatch(p -> typeCandidates.stream().anyMatch(p::matches));
    }
}
