package dev.lambdalint.catalog;

/**
 * A call that runs its function argument at most once per key when its receiver outlives the invocation,
 * such as {@code Map.computeIfAbsent(key, fn)}: code inside that argument is not per-invocation work.
 *
 * @param method   the method name
 * @param arity    the number of arguments
 * @param argument the 0-based index of the function argument
 */
public record Memoizer(String method, int arity, int argument) {
}
