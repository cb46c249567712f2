package dev.lambdalint.sizing;

import java.util.List;

/**
 * A function's recorded usage and its verdicts, as numbers and short texts. Durations in milliseconds, memory in
 * MB, money in {@code currency} for a month of 730 hours.
 *
 * @param memoryStatus           underprovisioned, overprovisioned, insufficient-data or fits
 * @param timeoutStatus          at-risk, fits, no-data, or unknown when the timeout is not known
 * @param recommendedMb          the memory to configure; null when there is none
 * @param recommendationIsFloor  the function ran out of memory, so its need is above what it could record
 * @param monthlyCost            now; null when the records carry no times to scale to a month
 * @param recommendedMonthlyCost at the recommended size, the duration assumed unchanged; null as monthlyCost
 * @param cpuBoundWarning        why lowering memory may not pay off; null when there is no such sign
 * @param sizes                  duration and cost per invocation at each memory size the records ran with, when
 *                               there were several; else empty
 */
public record UsageFigures(int invocations, int peakMemoryMb, double p50Ms, double p95Ms, double p99Ms,
                           double maxMs, int coldStarts, int timeouts, int outOfMemoryEnds, String memoryStatus,
                           String memoryExplanation, String timeoutStatus, String timeoutExplanation,
                           Integer recommendedMb, boolean recommendationIsFloor, Double monthlyCost,
                           Double recommendedMonthlyCost, String currency, String cpuBoundWarning,
                           List<SizeFigures> sizes) {

    public UsageFigures {
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
    }

    /** The invocations at one memory size. */
    public record SizeFigures(int memoryMb, int invocations, int peakMemoryMb, double p50Ms, double p95Ms,
                              double maxMs, double costPerInvocation) {
    }
}
