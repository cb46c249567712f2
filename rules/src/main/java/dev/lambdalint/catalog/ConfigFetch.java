package dev.lambdalint.catalog;

import java.util.List;

/**
 * A call that fetches configuration or a secret from a service, as the catalog describes it.
 *
 * @param what              what it fetches, for messages ("SSM parameter")
 * @param clientTypes       globs of the client types the call is made on
 * @param methods           the fetching methods of those clients
 * @param cost              what fetching it on every invocation costs, for messages
 * @param cachedAlternative the ready-made caching way to read it, for messages
 */
public record ConfigFetch(String what, List<String> clientTypes, List<String> methods, String cost,
                          String cachedAlternative) {

    public ConfigFetch {
        clientTypes = Copies.listOrEmpty(clientTypes);
        methods = Copies.listOrEmpty(methods);
    }

    boolean matches(String clientType, String method) {
        return methods.contains(method) && TypePattern.anyMatches(clientTypes, clientType);
    }
}
