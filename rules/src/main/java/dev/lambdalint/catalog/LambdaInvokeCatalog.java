package dev.lambdalint.catalog;

import java.util.List;

/**
 * What the sync-invoke check knows of Lambda invocations, beyond the invoke calls themselves (the
 * {@code selfInvocation} writes of service "lambda").
 *
 * @param invocationType    the request property choosing how to invoke ({@code invocationType(..)},
 *                          {@code withInvocationType(..)}, {@code setInvocationType(..)})
 * @param waiting           its values that make the caller wait for the result ("RequestResponse", the default)
 * @param notWaiting        its values that do not ("Event", "DryRun")
 * @param calls             the calls that invoke with the request's invocation type
 * @param asyncClientTypes  globs of async clients: their call returns a future, and waits only where it is awaited
 * @param awaits            the calls on a future that wait for it
 * @param eventOnly         calls that always invoke asynchronously on a synchronous client (SDK v1's deprecated
 *                          {@code invokeAsync(InvokeAsyncRequest)})
 */
public record LambdaInvokeCatalog(String invocationType, List<String> waiting, List<String> notWaiting,
                                  List<String> calls, List<String> asyncClientTypes, List<String> awaits,
                                  List<String> eventOnly) {

    public LambdaInvokeCatalog {
        waiting = Copies.listOrEmpty(waiting);
        notWaiting = Copies.listOrEmpty(notWaiting);
        calls = Copies.listOrEmpty(calls);
        asyncClientTypes = Copies.listOrEmpty(asyncClientTypes);
        awaits = Copies.listOrEmpty(awaits);
        eventOnly = Copies.listOrEmpty(eventOnly);
    }

    public static LambdaInvokeCatalog empty() {
        return new LambdaInvokeCatalog(null, null, null, null, null, null, null);
    }

    public boolean asyncClient(List<String> typeCandidates) {
        return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(asyncClientTypes, t));
    }
}
