package dev.lambdalint.usage;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every verdict on one function at once, for a rule or a report to pick from. {@code monthlyCost} is empty when
 * there is no recommendation or no window to scale from, {@code initCost} when there is no window or no INIT phase
 * was recorded; {@code sizes} is empty unless the records ran at several memory sizes.
 */
public record UsageAssessment(FunctionUsage usage, FunctionSettings settings, MemoryVerdict memory,
                              TimeoutVerdict timeout, Optional<Recommendation> recommendation,
                              Optional<CpuBoundWarning> cpuBound, Optional<MonthlyCost> monthlyCost,
                              Optional<InitCost> initCost, List<SizeCost> sizes) {

    public UsageAssessment {
        sizes = List.copyOf(sizes);
    }

    /**
     * @param window the time the records cover (the look-back of a live fetch, or what the user says the files
     *               cover); null to use the span between the first and the last timestamped record
     */
    public static UsageAssessment of(FunctionUsage usage, FunctionSettings settings, UsageThresholds thresholds,
                                     LambdaPricing pricing, Duration window) {
        Optional<Recommendation> recommendation = UsageVerdicts.recommend(usage, settings, thresholds);
        Optional<Duration> span = (window != null ? Optional.of(window) : usage.observedSpan())
                .filter(w -> !w.isZero() && !w.isNegative());
        Optional<MonthlyCost> cost = recommendation.flatMap(r -> span
                .map(w -> UsageVerdicts.monthlyCost(usage, settings, r.recommendedMb(), pricing, w)));
        Optional<InitCost> initCost = usage.initDuration().count() == 0 ? Optional.empty()
                : span.map(w -> UsageVerdicts.initCost(usage, settings, pricing, w));
        return new UsageAssessment(usage, settings, UsageVerdicts.memory(usage, settings, thresholds, cost),
                UsageVerdicts.timeout(usage, settings, thresholds), recommendation,
                recommendation.flatMap(r -> UsageVerdicts.cpuBound(usage, settings, r, thresholds)), cost, initCost,
                UsageVerdicts.compareSizes(usage, settings.architecture(), pricing));
    }
}
