package dev.lambdalint.usage;

import java.util.Arrays;
import java.util.Collection;

/**
 * Percentiles of a set of durations in milliseconds, by the nearest-rank method: the p-th percentile of n sorted
 * values is the value at rank ceil(p / 100 * n), so it is always a recorded value. All zero when count is 0.
 */
public record DurationSummary(int count, double p50, double p95, double p99, double max, double mean) {

    public static final DurationSummary NONE = new DurationSummary(0, 0, 0, 0, 0, 0);

    public static DurationSummary of(Collection<Double> durations) {
        if (durations.isEmpty()) {
            return NONE;
        }
        double[] sorted = durations.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new DurationSummary(sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
    }

    /** The nearest-rank percentile of ascending values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
