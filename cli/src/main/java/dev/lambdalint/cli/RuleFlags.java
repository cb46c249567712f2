package dev.lambdalint.cli;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import dev.lambdalint.config.Parameters;
import dev.lambdalint.config.RuleConfig;
import dev.lambdalint.config.RuleSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-rule options ({@code --rule id:severity}, {@code --enable-rule id}, {@code --disable-rule id},
 * {@code --rule-option id.key=value}) gathered by rule, laid over the POM's {@code <rules>} field by field, into the
 * engine's settings, which refuse unknown rules and options naming the valid ones, as the plugin's {@code <rules>}
 * does.
 */
final class RuleFlags {
    private final Map<String, Boolean> enabled = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> options = new LinkedHashMap<>();

    private RuleFlags() {
    }

    /**
     * @param fromPom the POM's {@code <rules>}, already checked by the engine as the goals check them
     *                ({@link dev.lambdalint.config.PluginConfiguration#rules()}), which the options given here override
     */
    static RuleSettings settings(List<RuleConfig> fromPom, List<String> ruleSeverities, List<String> enabledRules,
                                 List<String> disabled, List<String> ruleOptions) {
        RuleFlags flags = new RuleFlags();
        Parameters.split(ruleSeverities).forEach(flags::severity);
        Parameters.split(enabledRules).forEach(id -> flags.enabled.put(id, true));
        for (String id : Parameters.split(disabled)) {
            if (Boolean.TRUE.equals(flags.enabled.put(id, false))) {
                throw new ConfigurationException("rule " + id + " is given to both --enable-rule and --disable-rule");
            }
        }
        for (String entry : ruleOptions == null ? List.<String>of() : ruleOptions) {
            flags.option(entry.trim());
        }
        return flags.toSettings(fromPom);
    }

    private void severity(String entry) {
        int colon = entry.indexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
            throw new ConfigurationException("invalid --rule '" + entry + "'; expected RULE:SEVERITY, e.g. "
                    + "unbounded-cache:error");
        }
        String id = entry.substring(0, colon).trim();
        String value = entry.substring(colon + 1).trim();
        Severity severity;
        try {
            severity = Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid severity '" + value + "' in --rule " + entry
                    + "; expected error, warning or info", e);
        }
        Severity before = severities.put(id, severity);
        if (before != null && before != severity) {
            throw new ConfigurationException("--rule gives " + id + " two severities: " + before.id() + " and "
                    + severity.id());
        }
    }

    /** One value, not split at commas: an option's value may hold one. */
    private void option(String entry) {
        int dot = entry.indexOf('.');
        int equals = entry.indexOf('=');
        if (dot <= 0 || equals < dot + 2) {
            throw new ConfigurationException("invalid --rule-option '" + entry + "'; expected RULE.OPTION=VALUE, "
                    + "e.g. memory-overprovisioned.minInvocations=100");
        }
        String id = entry.substring(0, dot).trim();
        options.computeIfAbsent(id, k -> new TreeMap<>())
                .put(entry.substring(dot + 1, equals).trim(), entry.substring(equals + 1).trim());
    }

    private RuleSettings toSettings(List<RuleConfig> fromPom) {
        TreeMap<String, RuleConfig> configs = new TreeMap<>();
        fromPom.forEach(config -> configs.put(config.id(), config));
        List<String> ids = new ArrayList<>(enabled.keySet());
        ids.addAll(severities.keySet());
        ids.addAll(options.keySet());
        for (String id : ids) {
            RuleConfig given = new RuleConfig(id, enabled.get(id), severities.get(id), options.get(id));
            configs.merge(id, given, RuleConfig::overriddenBy);
        }
        try {
            return new RuleSettings(List.copyOf(configs.values()));
        } catch (ConfigurationException e) {
            throw new ConfigurationException("invalid rule options: " + e.getMessage(), e);
        }
    }
}
