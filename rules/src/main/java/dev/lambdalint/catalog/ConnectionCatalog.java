package dev.lambdalint.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the catalog knows about connections.
 *
 * @param opens       the calls that open a connection
 * @param borrows     methods that take a connection from a pool ({@code getConnection}, {@code getResource}):
 *                    per invocation that is the normal way, unless the pool itself is built per invocation
 * @param closes      methods that close or shut down a client, pool or connection
 * @param sharedTypes globs of connection and pool types that are meant to be kept across invocations, beyond the
 *                    catalog's clients
 */
public record ConnectionCatalog(List<ConnectionOpener> opens, List<String> borrows, List<String> closes,
                                List<String> sharedTypes) {

    public ConnectionCatalog {
        opens = Copies.listOrEmpty(opens);
        borrows = Copies.listOrEmpty(borrows);
        closes = Copies.listOrEmpty(closes);
        sharedTypes = Copies.listOrEmpty(sharedTypes);
    }

    /** {@code new Type(...)} that opens a connection. */
    public Optional<ConnectionOpener> constructor(List<String> typeCandidates) {
        return opens.stream().filter(o -> o.constructor() && o.covers(typeCandidates)).findFirst();
    }

    /** {@code Owner.method(...)} that opens a connection. */
    public Optional<ConnectionOpener> staticCall(List<String> ownerCandidates, String method) {
        return opens.stream().filter(o -> o.staticMethods().contains(method) && o.covers(ownerCandidates)).findFirst();
    }

    /** {@code receiver.method(...)} that opens a connection, for a receiver of one of these types. */
    public Optional<ConnectionOpener> instanceCall(List<String> receiverTypes, String method) {
        return opens.stream().filter(o -> o.methods().contains(method) && o.covers(receiverTypes)).findFirst();
    }

    public boolean sharedType(List<String> typeCandidates) {
        return sharedTypes.stream().map(TypePattern::of)
                .anyMatch(p -> typeCandidates.stream().anyMatch(p::matches));
    }
}
