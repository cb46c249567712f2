package dev.lambdalint.catalog;

import java.util.List;

/**
 * A library call that keeps a function of the project and calls it back whenever the object it builds is used, such
 * as Powertools' {@code new BatchMessageHandlerBuilder().withSqsBatchHandler()
 * .buildWithMessageHandler(this::processMessage, Product.class)} (for each record of the events it is given) or
 * java-jwt's {@code Algorithm.RSA256(keyProvider)} (for each token its verifier checks): wherever the object is built
 * (a constructor, a field initialiser, a helper's class initialisation), the function runs per invocation of the
 * handler that uses it.
 *
 * @param what            the library and what it builds, for chains and docs
 * @param types           globs of the type whose call takes the function: the receiver's declared type, or a type a
 *                        fluent chain ending in the call starts from ({@code new T()}, {@code T.m()})
 * @param methods         instance methods that take the function (any argument that is a method reference or lambda)
 * @param staticMethods   static methods of the type that take it
 * @param functionMethods for an argument that is an object or class literal of a project type rather than a lambda
 *                        or method reference, the methods of that type the library calls; empty when the library
 *                        takes only functions
 */
public record LibraryCallback(String what, List<String> types, List<String> methods, List<String> staticMethods,
                              List<String> functionMethods) {

    public LibraryCallback {
        types = Copies.listOrEmpty(types);
        methods = Copies.listOrEmpty(methods);
        staticMethods = Copies.listOrEmpty(staticMethods);
        functionMethods = Copies.listOrEmpty(functionMethods);
    }

    /** Whether a call of this name could take a callback, before any type is worked out. */
    public boolean mayCall(String method) {
        return methods.contains(method) || staticMethods.contains(method);
    }

    /** Whether one of the types is one of this library's. */
    public boolean covers(List<String> typeCandidates) {
        return typeCandidates.stream().anyMatch(t -> TypePattern.anyMatches(types, t));
    }
}
