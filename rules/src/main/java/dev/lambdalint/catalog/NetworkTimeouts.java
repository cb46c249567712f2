package dev.lambdalint.catalog;

import java.util.List;
import java.util.Map;

/**
 * Network calls whose library default is to wait forever, and the settings that bound them.
 *
 * @param connections connections opened per call, bounded by setters on the connection itself
 * @param noTimeout   calls that connect and read with the defaults and take no timeout at all
 * @param clients     clients whose call waits with no bound unless the client or the request sets one
 * @param localUrls   what makes a URL that is no network address (a class-path resource, a file): calls, and the
 *                    schemes of URLs written out
 * @param awaits      a library's futures of a network operation whose wait without an argument has no bound
 */
public record NetworkTimeouts(List<TimedConnection> connections, List<CallPattern> noTimeout,
                              List<TimedClient> clients, LocalUrls localUrls, List<AwaitedFuture> awaits) {

    /** Calls whose URL is a local resource ({@code getResource}, {@code file.toURI()}), and local schemes. */
    public record LocalUrls(List<String> calls, List<String> schemes) {
        public LocalUrls {
            calls = Copies.listOrEmpty(calls);
            schemes = Copies.listOrEmpty(schemes);
        }
    }

    /**
     * A connection that waits forever unless each of its setters is called on it.
     *
     * @param opens   how it is opened
     * @param setters each setter that bounds a wait, with the system property that sets the same bound for every
     *                connection (null when none does)
     * @param advice  how to bound it, for the message
     */
    public record TimedConnection(CallPattern opens, Map<String, String> setters, String advice) {
        public TimedConnection {
            setters = Copies.sortedMapOrEmpty(setters);
        }
    }

    /**
     * A client whose calls wait forever unless the client was built with, or the request carries, a timeout.
     *
     * @param what             the library, for messages
     * @param clientTypes      globs of the client's types
     * @param calls            the calls that send a request and wait for the response
     * @param asyncCalls       the calls that send a request and return a future of the response: judged like the
     *                         calls when the same expression awaits that future with no bound
     *                         ({@code client.sendAsync(..).thenApply(..).join()})
     * @param futureWaits      the waits on that future that, called with no argument, have no bound
     * @param futureBounds     calls on that future that bound it before it is awaited ({@code orTimeout})
     * @param clientSettings   calls, where the client is built, that set a timeout (or hand over configuration
     *                         that may: a connection manager, a config object)
     * @param connectSettings  calls, where the client is built, that bound only the connection, not the wait for the
     *                         response (java.net.http's connectTimeout): they leave the call unbounded, and the
     *                         message names them
     * @param requestSettings  calls on or where the request is built that set a timeout for it
     * @param requestTypes     globs of the types whose static builders make a request in sight
     *                         ({@code HttpRequest.newBuilder(..)}): where the client cannot be bounded by a setting of
     *                         its own and is made out of sight, a call is judged only on such a request
     * @param contextTypes     globs of per-call context types that may carry a timeout: given one, the call is
     *                         not judged
     * @param advice           how to bound it, for the message
     */
    public record TimedClient(String what, List<String> clientTypes, List<String> calls, List<String> asyncCalls,
                              List<String> futureWaits, List<String> futureBounds, List<String> clientSettings,
                              List<String> connectSettings, List<String> requestSettings, List<String> requestTypes,
                              List<String> contextTypes, String advice) {
        public TimedClient {
            clientTypes = Copies.listOrEmpty(clientTypes);
            calls = Copies.listOrEmpty(calls);
            asyncCalls = Copies.listOrEmpty(asyncCalls);
            futureWaits = Copies.listOrEmpty(futureWaits);
            futureBounds = Copies.listOrEmpty(futureBounds);
            clientSettings = Copies.listOrEmpty(clientSettings);
            connectSettings = Copies.listOrEmpty(connectSettings);
            requestSettings = Copies.listOrEmpty(requestSettings);
            requestTypes = Copies.listOrEmpty(requestTypes);
            contextTypes = Copies.listOrEmpty(contextTypes);
        }

        public boolean covers(List<String> typeCandidates) {
            return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(clientTypes, t));
        }

        public boolean isContext(List<String> typeCandidates) {
            return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(contextTypes, t));
        }
    }

    /**
     * A future of a network operation (a connection, an authentication) whose wait with no argument waits forever,
     * while an overload takes a timeout.
     *
     * @param what           the wait, for messages
     * @param futureTypes    globs of the future's types
     * @param waits          the waits that, called with no argument, have no bound
     * @param returnedBy     the library methods that return such a future, for a future awaited straight on their
     *                       result ({@code client.connect(..).verify()}), whose type is no declaration in sight
     * @param advice         how to bound it, for the message
     */
    public record AwaitedFuture(String what, List<String> futureTypes, List<String> waits, CallPattern returnedBy,
                                String advice) {
        public AwaitedFuture {
            futureTypes = Copies.listOrEmpty(futureTypes);
            waits = Copies.listOrEmpty(waits);
        }

        public boolean covers(List<String> typeCandidates) {
            return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(futureTypes, t));
        }
    }

    public NetworkTimeouts {
        connections = Copies.listOrEmpty(connections);
        awaits = Copies.listOrEmpty(awaits);
        noTimeout = Copies.listOrEmpty(noTimeout);
        clients = Copies.listOrEmpty(clients);
        localUrls = localUrls == null ? new LocalUrls(null, null) : localUrls;
    }

    public static NetworkTimeouts empty() {
        return new NetworkTimeouts(null, null, null, null, null);
    }
}
