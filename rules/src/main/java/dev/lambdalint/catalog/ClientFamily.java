package dev.lambdalint.catalog;

import java.util.List;

/**
 * One way a kind of client gets built, as the catalog describes it.
 *
 * @param family             what it is, for messages ("AWS SDK v2 service client")
 * @param types              globs of the type the construction starts from
 * @param factories          static methods on that type that return a ready client
 * @param builders           static methods that return a builder; the client exists once a
 *                           {@code buildMethods} call ends the chain
 * @param buildMethods       the calls that end a builder chain (default "build")
 * @param constructor        whether {@code new Type(...)} builds a client
 * @param builderConstructor whether {@code new Type(...)} builds a builder (ended by a build method)
 * @param produces           the client's simple name when it is not the type's own (e.g. a factory class)
 * @param docs               where the library's own documentation says to build it once and reuse it, for messages
 */
public record ClientFamily(String family, List<String> types, List<String> factories, List<String> builders,
                           List<String> buildMethods, boolean constructor, boolean builderConstructor,
                           String produces, String docs) {

    public ClientFamily {
        types = Copies.listOrEmpty(types);
        factories = Copies.listOrEmpty(factories);
        builders = Copies.listOrEmpty(builders);
        buildMethods = buildMethods == null || buildMethods.isEmpty() ? List.of("build") : List.copyOf(buildMethods);
    }

    /** An in-house client type named in the configuration: any of the usual ways of building it counts. */
    public static ClientFamily configured(String typeGlob) {
        return new ClientFamily("in-house client (configured)", List.of(typeGlob), List.of("create"),
                List.of("builder", "newBuilder"), List.of(), true, false, null, null);
    }

    boolean covers(String fqn) {
        return TypePattern.anyMatches(types, fqn);
    }
}
