package dev.lambdalint.sizing;

import dev.lambdalint.config.RuleSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When recorded cold starts are worth a finding of rule {@code cold-start}, from its options; an unknown option or
 * a bad value is refused, so that a typo never silently leaves a default in place.
 *
 * @param initP95Ms      the Init Duration's p95 must be at least this long (default 1,000 ms: a Java handler with the
 *                       AWS SDK and no framework typically initializes in 400-900 ms; from a second on, the wait shows
 *                       to callers and SnapStart, which restores in a few hundred milliseconds, pays)
 * @param coldStartShare and at least this share of the invocations must run an INIT phase (default 1%: from there a
 *                       cold start is in the p99 latency, the figure an API's callers see)
 * @param minInvocations with fewer recorded invocations the share means nothing (default 50, as for memory)
 * @param minColdStarts  with fewer INIT phases their p95 is one value's luck (default 5)
 */
public record ColdStartThresholds(double initP95Ms, double coldStartShare, int minInvocations, int minColdStarts) {
    public static final String RULE = "cold-start";
    public static final String INIT_P95_MS = "initP95Ms";
    public static final String COLD_START_SHARE = "coldStartShare";
    public static final String MIN_INVOCATIONS = "minInvocations";
    public static final String MIN_COLD_STARTS = "minColdStarts";
    private static final List<String> KEYS = List.of(COLD_START_SHARE, INIT_P95_MS, MIN_COLD_STARTS, MIN_INVOCATIONS);

    public ColdStartThresholds {
        if (initP95Ms < 0 || minInvocations < 0 || minColdStarts < 0) {
            throw new IllegalArgumentException("initP95Ms, minInvocations and minColdStarts cannot be negative");
        }
        if (coldStartShare < 0 || coldStartShare > 1) {
            throw new IllegalArgumentException("coldStartShare is a share from 0 to 1, not " + coldStartShare);
        }
    }

    public static ColdStartThresholds defaults() {
        return new ColdStartThresholds(1000, 0.01, 50, 5);
    }

    /** The defaults with the options of rule {@value #RULE} applied. */
    public static ColdStartThresholds from(RuleSettings settings) {
        Map<String, String> options = new HashMap<>();
        settings.options(RULE).forEach((key, value) -> {
            String k = key.trim();
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown option '" + key + "' of rule " + RULE + "; the options are "
                        + String.join(", ", KEYS));
            }
            options.put(k, value == null ? "" : value.trim());
        });
        ColdStartThresholds d = defaults();
        try {
            return new ColdStartThresholds(SizingThresholds.number(options, INIT_P95_MS, d.initP95Ms()),
                    SizingThresholds.share(options, COLD_START_SHARE, d.coldStartShare()),
                    (int) SizingThresholds.number(options, MIN_INVOCATIONS, d.minInvocations()),
                    (int) SizingThresholds.number(options, MIN_COLD_STARTS, d.minColdStarts()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid options of rule " + RULE + ": " + e.getMessage(), e);
        }
    }
}
