package dev.lambdalint.deploy;

import java.util.Optional;

/**
 * A Java handler as a template names it: {@code com.acme.Jobs::nightly}, or {@code com.acme.Jobs}, which the
 * runtime calls as {@code handleRequest}. A nested class written {@code Outer$Inner} is {@code Outer.Inner} here.
 */
public record HandlerName(String type, String method) {
    static final String DEFAULT_METHOD = "handleRequest";

    /** The handler a handler string names, empty when it is no Java class name (a script's "index.handler"). */
    public static Optional<HandlerName> parse(String handler) {
        String text = handler.trim();
        int separator = text.indexOf("::");
        String type = (separator < 0 ? text : text.substring(0, separator)).replace('$', '.');
        String method = separator < 0 ? DEFAULT_METHOD : text.substring(separator + 2);
        if (!type.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)+")
                || !method.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*")) {
            return Optional.empty();
        }
        return Optional.of(new HandlerName(type, method));
    }

    /** "Jobs" for com.acme.Jobs, "Inner" for com.acme.Outer.Inner. */
    public String simpleTypeName() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        return type + "::" + method;
    }
}
