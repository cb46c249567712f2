package dev.lambdalint.sizing;

import dev.lambdalint.catalog.Copies;
import java.util.List;

/**
 * A function's recorded usage and its verdicts, as numbers and short texts. Durations in milliseconds, memory in
 * MB, money in {@code currency} for a month of 730 hours.
 *
 * @param memoryStatus           underprovisioned, overprovisioned, small-saving (over-provisioned, but the smaller
 *                               size saves less than the thresholds worth a change), insufficient-data or fits
 * @param timeoutStatus          at-risk, fits, no-data, or unknown when the timeout is not known
 * @param recommendedMb          the memory to configure; null when there is none
 * @param recommendationIsFloor  the function ran out of memory, so its need is above what it could record
 * @param monthlyCost            now; null when the records carry no times to scale to a month
 * @param recommendedMonthlyCost at the recommended size, the duration assumed unchanged; null as monthlyCost
 * @param cpuBoundWarning        why lowering memory may not pay off; null when there is no such sign
 * @param sizes                  duration and cost per invocation at each memory size the records ran with, when
 *                               there were several; else empty
 * @param invocationsPerMonth    the recorded invocations scaled to a month; null as monthlyCost
 * @param coldStart              the cold starts and their INIT phase
 * @param otherErrors            REPORTs with {@code Status: error} that are not out-of-memory ends
 * @param errors                 timeouts, out-of-memory ends and other errors together
 * @param errorRate              errors per recorded invocation (at most 1)
 */
public record UsageFigures(int invocations, int peakMemoryMb, double p50Ms, double p95Ms, double p99Ms,
                           double maxMs, int coldStarts, int timeouts, int outOfMemoryEnds, String memoryStatus,
                           String memoryExplanation, String timeoutStatus, String timeoutExplanation,
                           Integer recommendedMb, boolean recommendationIsFloor, Double monthlyCost,
                           Double recommendedMonthlyCost, String currency, String cpuBoundWarning,
                           List<SizeFigures> sizes, Double invocationsPerMonth, ColdStartFigures coldStart,
                           int otherErrors, int errors, double errorRate) {

    public UsageFigures {
        sizes = Copies.listOrEmpty(sizes);
    }

    /**
     * The cold starts: every new execution environment ({@code count}, its {@code share} of the invocations), and the
     * INIT phases among them ({@code initCount}; SnapStart restores run none) with their Init Duration's p50 and
     * p95 and their cost a month at the function's memory and architecture ({@code initMonthlyCost}, null without
     * times to scale from or without INIT phases; {@code initInBilledDuration}: included in monthlyCost, as the
     * records' Billed Duration includes it, rather than on top of it).
     */
    public record ColdStartFigures(int count, double share, int initCount, double initP50Ms, double initP95Ms,
                                   Double initMonthlyCost, boolean initInBilledDuration) {
    }

    /** The invocations at one memory size. */
    public record SizeFigures(int memoryMb, int invocations, int peakMemoryMb, double p50Ms, double p95Ms,
                              double maxMs, double costPerInvocation) {
    }
}
