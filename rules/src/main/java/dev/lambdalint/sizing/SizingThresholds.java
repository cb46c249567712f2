package dev.lambdalint.sizing;

import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.usage.UsageThresholds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The thresholds of the memory and timeout verdicts, from the options of the three rules that use them. One set
 * of thresholds serves all three (the headroom the recommendation keeps is the same whichever rule shows it), so
 * an option may be given on any of them; giving one option two different values is refused, as is an option no
 * rule knows, so that a typo never silently leaves a default in place.
 */
public final class SizingThresholds {
    public static final List<String> RULES = List.of("memory-underprovisioned", "memory-overprovisioned",
            "timeout-risk");
    public static final String UNDERPROVISIONED_ABOVE = "underprovisionedAbove";
    public static final String OVERPROVISIONED_BELOW = "overprovisionedBelow";
    public static final String MIN_INVOCATIONS = "minInvocations";
    public static final String TIMEOUT_RISK_ABOVE = "timeoutRiskAbove";
    public static final String CPU_BOUND_MEDIAN_MS = "cpuBoundMedianMs";
    public static final String MIN_SAVING_SHARE = "minSavingShare";
    public static final String MIN_MONTHLY_SAVING = "minMonthlySaving";
    private static final Set<String> KEYS = Set.of(UNDERPROVISIONED_ABOVE, OVERPROVISIONED_BELOW, MIN_INVOCATIONS,
            TIMEOUT_RISK_ABOVE, CPU_BOUND_MEDIAN_MS, MIN_SAVING_SHARE, MIN_MONTHLY_SAVING);

    private SizingThresholds() {
    }

    /** The defaults with the user's options applied; an unknown key, a clash or a bad value is refused. */
    public static UsageThresholds from(RuleSettings settings) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String rule : RULES) {
            settings.options(rule).forEach((key, value) -> {
                String k = key.trim();
                if (!KEYS.contains(k)) {
                    throw new IllegalArgumentException("unknown option '" + key + "' of rule " + rule
                            + "; the options are " + String.join(", ", new TreeSet<>(KEYS)));
                }
                String v = value == null ? "" : value.trim();
                String earlier = options.putIfAbsent(k, v);
                if (earlier != null && !earlier.equals(v)) {
                    throw new IllegalArgumentException("option " + k + " is given twice, as " + earlier + " and as "
                            + v + " (on " + rule + "); the memory and timeout rules share one value");
                }
            });
        }
        UsageThresholds d = UsageThresholds.defaults();
        try {
            return new UsageThresholds(
                    share(options, UNDERPROVISIONED_ABOVE, d.underprovisionedAbove()),
                    share(options, OVERPROVISIONED_BELOW, d.overprovisionedBelow()),
                    (int) number(options, MIN_INVOCATIONS, d.minInvocations()),
                    share(options, TIMEOUT_RISK_ABOVE, d.timeoutRiskAbove()),
                    number(options, CPU_BOUND_MEDIAN_MS, d.cpuBoundMedianMs()),
                    share(options, MIN_SAVING_SHARE, d.minSavingShare()),
                    number(options, MIN_MONTHLY_SAVING, d.minMonthlySaving()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid memory or timeout rule options: " + e.getMessage(), e);
        }
    }

    /** A share as 0.8, or as a percentage "80%". */
    static double share(Map<String, String> options, String key, double fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        boolean percent = text.endsWith("%");
        double value = parse(key, percent ? text.substring(0, text.length() - 1).trim() : text);
        return percent ? value / 100 : value;
    }

    static double number(Map<String, String> options, String key, double fallback) {
        String text = options.get(key);
        return text == null ? fallback : parse(key, text);
    }

    private static double parse(String key, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + text + "'", e);
        }
    }
}
