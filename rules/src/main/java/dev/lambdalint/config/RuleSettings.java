package dev.lambdalint.config;

import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.check.Rules;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every rule's user settings, checked against the registered rules: an unknown or repeated id is refused with a
 * message naming the known ones, so a typo never silently leaves a rule at its default.
 */
public record RuleSettings(List<RuleConfig> configs) {

    public static final RuleSettings DEFAULTS = new RuleSettings(List.of());

    public RuleSettings {
        configs = configs.stream().sorted(Comparator.comparing(RuleConfig::id)).toList();
        Set<String> known = configs.isEmpty() ? Set.of() : Rules.all().stream().map(RuleSettings::id)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (RuleConfig config : configs) {
            if (!known.contains(config.id())) {
                throw new IllegalArgumentException("unknown rule id '" + config.id() + "'; the rules are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
            if (!seen.add(config.id())) {
                throw new IllegalArgumentException("rule '" + config.id() + "' is configured more than once");
            }
        }
    }

    public boolean enabled(Rule rule) {
        return enabled(id(rule));
    }

    public boolean enabled(String ruleId) {
        return config(ruleId).map(RuleConfig::enabled).orElse(null) != Boolean.FALSE;
    }

    public Map<String, String> options(String ruleId) {
        return config(ruleId).map(RuleConfig::options).orElse(Map.of());
    }

    /** The finding with its rule's configured severity, when one is configured. */
    public Finding apply(Finding finding) {
        Severity severity = config(finding.ruleId()).map(RuleConfig::severity).orElse(null);
        if (severity == null || severity == finding.severity()) {
            return finding;
        }
        return finding.withSeverity(severity);
    }

    /** The id from the rule's annotation: unlike {@link Rule#info()} it needs no documentation loaded. */
    private static String id(Rule rule) {
        RuleMeta meta = rule.getClass().getAnnotation(RuleMeta.class);
        return meta == null ? rule.info().id() : meta.id();
    }

    private Optional<RuleConfig> config(String ruleId) {
        return configs.stream().filter(c -> c.id().equals(ruleId)).findFirst();
    }
}
