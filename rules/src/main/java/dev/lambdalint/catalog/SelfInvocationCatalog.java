package dev.lambdalint.catalog;

import java.util.List;

/**
 * What the self-invocation check knows of libraries: how code learns its own function's name, how it reads the
 * bucket and key of the S3 event that invoked it, and which calls can invoke a function again.
 *
 * @param selfNameCalls     calls that return the running function's name or ARN ({@code context.getFunctionName()})
 * @param selfNameVariables environment variables the runtime sets to the function's own name
 * @param eventBucketCalls  call chains, last calls last, that read the bucket of an S3 event record
 * @param eventKeyCalls     call chains that read the object key of an S3 event record
 * @param writes            the calls that can trigger a function
 */
public record SelfInvocationCatalog(List<SelfNameCall> selfNameCalls, List<String> selfNameVariables,
                                    List<List<String>> eventBucketCalls, List<List<String>> eventKeyCalls,
                                    List<ServiceWrite> writes) {

    /** Methods of the given types that return the function's own name. */
    public record SelfNameCall(List<String> types, List<String> methods) {
        public boolean matches(String type, String method) {
            return methods.contains(method) && TypePattern.anyMatches(types, type);
        }
    }

    public SelfInvocationCatalog {
        selfNameCalls = Copies.listOrEmpty(selfNameCalls);
        selfNameVariables = Copies.listOrEmpty(selfNameVariables);
        eventBucketCalls = Copies.listOrEmpty(eventBucketCalls);
        eventKeyCalls = Copies.listOrEmpty(eventKeyCalls);
        writes = Copies.listOrEmpty(writes);
    }

    public static SelfInvocationCatalog empty() {
        return new SelfInvocationCatalog(null, null, null, null, null);
    }
}
