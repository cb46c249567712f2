package dev.lambdalint.config;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.check.RuleOption;
import dev.lambdalint.check.Rules;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every rule's user settings, checked against the registered rules: an unknown or repeated id, an option the rule
 * does not declare or a value its option cannot take is refused with a message naming the valid ones, so a typo
 * never silently leaves a rule at its default. Options are parsed here, once, into their declared types.
 */
public record RuleSettings(List<RuleConfig> configs) {

    public static final RuleSettings DEFAULTS = new RuleSettings(List.of());

    /**
     * @throws ConfigurationException on an unknown rule id, a rule configured twice, an undeclared option or a
     *                                value its option refuses
     */
    public RuleSettings {
        configs = configs.stream().sorted(Comparator.comparing(RuleConfig::id)).toList();
        Map<String, Rule> known = configs.isEmpty() ? Map.of() : Rules.all().stream()
                .collect(Collectors.toMap(RuleSettings::id, r -> r));
        Set<String> seen = new HashSet<>();
        for (RuleConfig config : configs) {
            Rule rule = known.get(config.id());
            if (rule == null) {
                throw new ConfigurationException("unknown rule id '" + config.id() + "'; the rules are "
                        + String.join(", ", new TreeMap<>(known).keySet()));
            }
            if (!seen.add(config.id())) {
                throw new ConfigurationException("rule '" + config.id() + "' is configured more than once");
            }
            config.options().forEach((name, value) -> parse(rule, config.id(), name, value));
        }
    }

    public boolean enabled(Rule rule) {
        return enabled(id(rule));
    }

    public boolean enabled(String ruleId) {
        return config(ruleId).map(RuleConfig::enabled).orElse(null) != Boolean.FALSE;
    }

    /** The options as the user wrote them; rules read them typed, with {@link #option(String, RuleOption)}. */
    public Map<String, String> options(String ruleId) {
        return config(ruleId).map(RuleConfig::options).orElse(Map.of());
    }

    /** The user's value of a rule's option, parsed, or the option's default. */
    public <T> T option(String ruleId, RuleOption<T> option) {
        Map<String, String> given = trimmedKeys(options(ruleId));
        return given.containsKey(option.name()) ? option.parse(given.get(option.name())) : option.defaultValue();
    }

    /** As {@link #option(String, RuleOption)}, for the rule of that class. */
    public <T> T option(Class<? extends Rule> rule, RuleOption<T> option) {
        return option(id(rule), option);
    }

    /** The severity the user gave the rule, if any. */
    public Optional<Severity> severity(String ruleId) {
        return config(ruleId).map(RuleConfig::severity);
    }

    private static void parse(Rule rule, String ruleId, String name, String value) {
        List<RuleOption<?>> declared = rule.options();
        RuleOption<?> option = declared.stream().filter(o -> o.name().equals(name.trim())).findFirst()
                .orElseThrow(() -> new ConfigurationException("unknown option '" + name + "' of rule " + ruleId
                        + (declared.isEmpty() ? "; it takes no options"
                        : "; its options are " + String.join(", ", declared.stream().map(RuleOption::name).toList()))));
        try {
            option.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("option " + option.name() + " of rule " + ruleId + " " + e.getMessage(),
                    e);
        }
    }

    private static Map<String, String> trimmedKeys(Map<String, String> options) {
        Map<String, String> trimmed = new HashMap<>();
        options.forEach((k, v) -> trimmed.put(k.trim(), v));
        return trimmed;
    }

    /** The id from the rule's annotation: unlike {@link Rule#info()} it needs no documentation loaded. */
    private static String id(Rule rule) {
        return id(rule.getClass());
    }

    private static String id(Class<? extends Rule> rule) {
        RuleMeta meta = rule.getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(rule.getName() + " has no @RuleMeta");
        }
        return meta.id();
    }

    private Optional<RuleConfig> config(String ruleId) {
        return configs.stream().filter(c -> c.id().equals(ruleId)).findFirst();
    }
}
