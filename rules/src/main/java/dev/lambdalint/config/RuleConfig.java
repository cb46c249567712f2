package dev.lambdalint.config;

import dev.lambdalint.Severity;
import dev.lambdalint.catalog.Copies;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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

    /**
     * These settings with {@code over}'s on top, field by field (an option by its key): a front end's explicit
     * options over the POM's {@code <rules>}. {@code over} must be for the same rule.
     */
    public RuleConfig overriddenBy(RuleConfig over) {
        if (!id.equals(over.id())) {
            throw new IllegalArgumentException("settings of " + over.id() + " cannot override those of " + id);
        }
        Map<String, String> merged = new TreeMap<>(options);
        merged.putAll(over.options());
        return new RuleConfig(id, over.enabled() != null ? over.enabled() : enabled,
                over.severity() != null ? over.severity() : severity, merged);
    }

    public static RuleConfig disabled(String id) {
        return new RuleConfig(id, false, null, null);
    }

    public static RuleConfig severity(String id, Severity severity) {
        return new RuleConfig(id, null, severity, null);
    }
}
