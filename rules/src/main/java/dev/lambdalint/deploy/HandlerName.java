package dev.lambdalint.deploy;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Java handler as a template names it: {@code com.acme.Jobs::nightly}, or {@code com.acme.Jobs}, which the
 * runtime calls as {@code handleRequest}. A nested class written {@code Outer$Inner} is {@code Outer.Inner} here.
 */
public record HandlerName(String type, String method) {
    static final String DEFAULT_METHOD = "handleRequest";
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    /** The handler a handler string names, empty when it is no Java class name (a script's "index.handler"). */
    public static Optional<HandlerName> parse(String handler) {
        String text = handler.trim();
        int separator = text.indexOf("::");
        String type = (separator < 0 ? text : text.substring(0, separator)).replace('$', '.');
        String method = separator < 0 ? DEFAULT_METHOD : text.substring(separator + 2);
        // one identifier at a time: a repeated regex group recurses per repetition, and a handler can be any length
        String[] parts = type.split("\\.", -1);
        if (parts.length < 2 || !Arrays.stream(parts).allMatch(p -> IDENTIFIER.matcher(p).matches())
                || !IDENTIFIER.matcher(method).matches()) {
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
