package dev.lambdalint.catalog;

import java.util.List;

/**
 * A library call that wraps a function into an object that runs it once and keeps the result (Guava's
 * {@code Suppliers.memoize(fn)}, Vavr's {@code Lazy.of(fn)}): held in a field, the function runs once per
 * execution environment; built per invocation, it runs on every invocation and caches nothing.
 *
 * @param what        what it builds, for messages ("memoizing supplier (Suppliers.memoize)")
 * @param types       globs of the type whose static methods (or constructor) build it
 * @param methods     the static methods that build it
 * @param constructor whether {@code new Type(fn)} builds it
 * @param argument    the 0-based index of the function argument
 */
public record MemoizingFactory(String what, List<String> types, List<String> methods, boolean constructor,
                               int argument) {

    public MemoizingFactory {
        types = Copies.listOrEmpty(types);
        methods = Copies.listOrEmpty(methods);
    }

    boolean covers(List<String> typeCandidates) {
        return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(types, t));
    }
}
