package dev.lambdalint.config;

import dev.lambdalint.Severity;
import dev.lambdalint.catalog.Copies;
import java.util.Map;
import java.util.Objects;

/**
 * The user's settings for one rule, by its id: on or off, a severity instead of the rule's default, and options the
 * rule documents. A null {@code enabled} or {@code severity} keeps the default.
 */
public record RuleConfig(String id, Boolean enabled, Severity severity, Map<String, String> options) {

    public RuleConfig {
        Objects.requireNonNull(id, "a rule setting needs an id");
        id = id.trim();
        // sorted, so that the request's text (the analysis cache key) does not depend on the POM's order
        options = Copies.sortedMapOrEmpty(options);
    }

    public static RuleConfig disabled(String id) {
        return new RuleConfig(id, false, null, null);
    }

    public static RuleConfig severity(String id, Severity severity) {
        return new RuleConfig(id, null, severity, null);
    }
}
