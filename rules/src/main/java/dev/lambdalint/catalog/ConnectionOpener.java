package dev.lambdalint.catalog;

import java.util.List;

/**
 * A call that opens a network connection, as the catalog describes it.
 *
 * @param what          what it opens, for messages ("JDBC connection")
 * @param types         globs of the type the call is made on (or constructs)
 * @param staticMethods static methods of that type that open one ({@code DriverManager.getConnection})
 * @param methods       instance methods of that type that open one ({@code redisClient.connect()})
 * @param constructor   whether {@code new Type(...)} opens one ({@code new Socket(host, port)})
 * @param advice        how to keep the connection instead, for the message
 * @param docs          where the library's own documentation says to keep connections, for the message
 */
public record ConnectionOpener(String what, List<String> types, List<String> staticMethods, List<String> methods,
                               boolean constructor, String advice, String docs) {

    public ConnectionOpener {
        types = Copies.listOrEmpty(types);
        staticMethods = Copies.listOrEmpty(staticMethods);
        methods = Copies.listOrEmpty(methods);
    }

    boolean covers(List<String> typeCandidates) {
        return types.stream().map(TypePattern::of).anyMatch(p -> typeCandidates.stream().anyMatch(p::matches));
    }
}
