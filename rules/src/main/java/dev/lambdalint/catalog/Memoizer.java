package dev.lambdalint.catalog;

import java.util.List;

/**
 * A call that runs its function argument at most once per key when its receiver outlives the invocation,
 * such as {@code Map.computeIfAbsent(key, fn)}: code inside that argument is not per-invocation work. With
 * {@code nullGuarded}, the function runs on every call but builds only while the value it is given is null
 * ({@code ref.updateAndGet(c -> c != null ? c : build())}): only that branch is once per environment.
 *
 * @param method      the method name
 * @param arity       the number of arguments
 * @param argument    the 0-based index of the function argument
 * @param types       globs of the receiver types it belongs to; a receiver of another known library type is no
 *                    memoizer (a project type, or one that cannot be worked out, is taken at its word)
 * @param nullGuarded whether the function runs every time and only its null branch is once
 */
public record Memoizer(String method, int arity, int argument, List<String> types, boolean nullGuarded) {

    public Memoizer {
        types = Copies.listOrEmpty(types);
    }

    /** Whether a receiver of one of these types (empty when unknown) may be this memoizer's. */
    public boolean accepts(List<String> receiverTypes) {
        return types.isEmpty() || receiverTypes.isEmpty()
                || receiverTypes.stream().anyMatch(t -> !t.contains(".") || TypePattern.anyMatches(types, t));
    }
}
