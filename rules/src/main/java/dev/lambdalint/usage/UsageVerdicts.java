package dev.lambdalint.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The verdicts on one function's recorded usage against its settings: pure functions of their arguments. */
public final class UsageVerdicts {
    public static final int MIN_MEMORY_MB = 128;
    public static final int MAX_MEMORY_MB = 10_240;
    public static final int MEMORY_STEP_MB = 64;
    /** At this size a function has the equivalent of one vCPU; below it, a proportional share. */
    public static final int ONE_VCPU_MB = 1_769;
    public static final double HOURS_PER_MONTH = 730;

    /** Durations must fall by at least this share with more memory before the records call a function CPU-bound. */
    private static final double FASTER_WITH_MEMORY = 0.20;

    private UsageVerdicts() {
    }

    public static MemoryVerdict memory(FunctionUsage usage, FunctionSettings settings, UsageThresholds thresholds) {
        return memory(usage, settings, thresholds, Optional.empty());
    }

    /**
     * As {@link #memory(FunctionUsage, FunctionSettings, UsageThresholds)}, and an over-provisioned function is
     * {@link MemoryVerdict.Status#SMALL_SAVING} unless the smaller size takes at least {@code minSavingShare} off
     * its memory and, when {@code cost} (at that size) is known, saves at least {@code minMonthlySaving} a month.
     */
    public static MemoryVerdict memory(FunctionUsage usage, FunctionSettings settings, UsageThresholds thresholds,
                                       Optional<MonthlyCost> cost) {
        int configured = settings.memoryMb();
        int peak = usage.peakMaxMemoryUsedMb();
        int n = usage.invocations();
        String peakText = "peak Max Memory Used " + peak + " MB is " + percent((double) peak / configured)
                + " of the configured " + configured + " MB";
        if (usage.outOfMemoryEnds() > 0) {
            return verdict(MemoryVerdict.Status.UNDERPROVISIONED, settings, usage, plural(usage.outOfMemoryEnds(),
                    "invocation") + " ran out of memory" + (n > 0 ? "; " + peakText : ""));
        }
        if (n == 0) {
            return verdict(MemoryVerdict.Status.INSUFFICIENT_DATA, settings, usage, "no REPORT records");
        }
        if (above(peak, thresholds.underprovisionedAbove(), configured)) {
            return verdict(MemoryVerdict.Status.UNDERPROVISIONED, settings, usage,
                    peakText + " (above " + percent(thresholds.underprovisionedAbove()) + ")");
        }
        if (!below(peak, thresholds.overprovisionedBelow(), configured)) {
            return verdict(MemoryVerdict.Status.FITS, settings, usage, peakText);
        }
        if (n < thresholds.minInvocations()) {
            return verdict(MemoryVerdict.Status.INSUFFICIENT_DATA, settings, usage, peakText + ", but only "
                    + plural(n, "invocation") + " were recorded; at least " + thresholds.minInvocations()
                    + " are needed to call it over-provisioned");
        }
        int smaller = recommendedSize(peak, thresholds.overprovisionedBelow());
        if (smaller >= configured) {
            return verdict(MemoryVerdict.Status.FITS, settings, usage, peakText + "; no smaller size keeps "
                    + percent(thresholds.overprovisionedBelow()) + " headroom");
        }
        String over = peakText + " (below " + percent(thresholds.overprovisionedBelow()) + ") over "
                + plural(n, "invocation") + "; " + smaller + " MB would do";
        double savedShare = (double) (configured - smaller) / configured;
        boolean smallShare = below(configured - smaller, thresholds.minSavingShare(), configured);
        boolean smallAmount = cost.filter(c -> c.savings() < thresholds.minMonthlySaving()).isPresent();
        if (!smallShare && !smallAmount) {
            return verdict(MemoryVerdict.Status.OVERPROVISIONED, settings, usage, over);
        }
        String saving = percent(savedShare) + " of the memory"
                + cost.map(c -> " and " + Money.format(c.savings(), c.currency()) + " a month").orElse("");
        String bar = (smallShare ? percent(thresholds.minSavingShare()) + " of the memory" : "")
                + (smallShare && smallAmount ? " and the " : "")
                + cost.filter(c -> smallAmount).map(c -> Money.format(thresholds.minMonthlySaving(), c.currency())
                + " a month").orElse("");
        return verdict(MemoryVerdict.Status.SMALL_SAVING, settings, usage, over + ", but the saving, " + saving
                + ", is below the " + bar + " worth a change");
    }

    /**
     * The INIT phases of the recorded cold starts, scaled from {@code window} to a month and priced at the
     * configured memory and architecture (Lambda bills on-demand INIT since 1 August 2025; no request charge, the
     * invocation pays that). Part of the month's cost, not on top of it, when the records' Billed Duration already
     * includes the Init Duration.
     */
    public static InitCost initCost(FunctionUsage usage, FunctionSettings settings, LambdaPricing pricing,
                                    Duration window) {
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("the window must be positive, not " + window);
        }
        double scale = HOURS_PER_MONTH * 3_600_000 / window.toMillis();
        double monthly = pricing.cost(usage.initDurationMs() * scale, settings.memoryMb(), 0,
                settings.architecture());
        return new InitCost(monthly, pricing.currency(), usage.initBilled());
    }

    public static TimeoutVerdict timeout(FunctionUsage usage, FunctionSettings settings, UsageThresholds thresholds) {
        int timeout = settings.timeoutSeconds();
        double max = usage.duration().max();
        if (usage.invocations() == 0 && usage.timeouts() == 0) {
            return new TimeoutVerdict(TimeoutVerdict.Status.NO_DATA, timeout, 0, 0, "no REPORT records");
        }
        String maxText = "the longest invocation took " + String.format(Locale.ROOT, "%.2f", max) + " ms, "
                + percent(max / (timeout * 1000.0)) + " of the " + timeout + " s timeout";
        if (usage.timeouts() > 0) {
            return new TimeoutVerdict(TimeoutVerdict.Status.AT_RISK, timeout, usage.timeouts(), max,
                    plural(usage.timeouts(), "invocation") + " timed out; " + maxText);
        }
        if (above(max, thresholds.timeoutRiskAbove(), timeout * 1000.0)) {
            return new TimeoutVerdict(TimeoutVerdict.Status.AT_RISK, timeout, 0, max,
                    maxText + " (above " + percent(thresholds.timeoutRiskAbove()) + ")");
        }
        return new TimeoutVerdict(TimeoutVerdict.Status.FITS, timeout, 0, max, maxText);
    }

    /** Empty when no REPORT record gives a peak. */
    public static Optional<Recommendation> recommend(FunctionUsage usage, FunctionSettings settings,
                                                     UsageThresholds thresholds) {
        if (usage.invocations() == 0) {
            return Optional.empty();
        }
        double headroom = thresholds.overprovisionedBelow();
        int peak = usage.peakMaxMemoryUsedMb();
        int size = recommendedSize(peak, headroom);
        boolean ranOut = usage.outOfMemoryEnds() > 0;
        if (ranOut) {
            // the peak of a function that ran out is capped by its size: never recommend it or less
            size = (int) Math.max(size, Math.min(MAX_MEMORY_MB, roundUpToStep(settings.memoryMb() + 1L)));
        }
        boolean capped = ceilDivide(peak, headroom) > MAX_MEMORY_MB || (ranOut && settings.memoryMb() >= MAX_MEMORY_MB);
        return Optional.of(new Recommendation(settings.memoryMb(), size, peak, headroom, ranOut, capped));
    }

    /** The smallest size in 64-MB steps, within 128-10,240 MB, where {@code peakMb} is at most {@code headroom} of it. */
    public static int recommendedSize(int peakMb, double headroom) {
        long needed = ceilDivide(peakMb, headroom);
        return (int) Math.min(MAX_MEMORY_MB, Math.max(MIN_MEMORY_MB, roundUpToStep(needed)));
    }

    /** Present when the recommendation lowers memory and the records suggest duration depends on CPU. */
    public static Optional<CpuBoundWarning> cpuBound(FunctionUsage usage, FunctionSettings settings,
                                                     Recommendation recommendation, UsageThresholds thresholds) {
        int current = settings.memoryMb();
        int target = recommendation.recommendedMb();
        if (target >= current) {
            return Optional.empty();
        }
        List<String> signals = new ArrayList<>();
        double median = usage.duration().p50();
        if (median >= thresholds.cpuBoundMedianMs()) {
            signals.add("the median duration is " + millis(median) + ", so duration, not memory, drives its cost");
        }
        fasterWithMoreMemory(usage).ifPresent(signals::add);
        if (current > ONE_VCPU_MB) {
            signals.add("at " + current + " MB it has more than one vCPU, which multi-threaded code uses");
        }
        if (signals.isEmpty()) {
            return Optional.empty();
        }
        String message = "This function may be CPU-bound: " + String.join("; ", signals) + ". CPU scales with memory ("
                + ONE_VCPU_MB + " MB = one vCPU), so at " + target + " MB it gets "
                + percent((double) target / current) + " of the CPU it has at " + current
                + " MB and may run slower and cost no less. Measure with AWS Lambda Power Tuning before lowering it.";
        return Optional.of(new CpuBoundWarning(signals, message));
    }

    /**
     * The recorded billed durations and invocations, scaled from {@code window} to a month and priced at the
     * configured and at the recommended size.
     */
    public static MonthlyCost monthlyCost(FunctionUsage usage, FunctionSettings settings, int recommendedMb,
                                          LambdaPricing pricing, Duration window) {
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("the window must be positive, not " + window);
        }
        double scale = HOURS_PER_MONTH * 3_600_000 / window.toMillis();
        double billedMs = usage.billedDurationMs() * scale;
        double requests = usage.invocations() * scale;
        Architecture arch = settings.architecture();
        return new MonthlyCost(settings.memoryMb(), recommendedMb, arch, requests,
                pricing.cost(billedMs, settings.memoryMb(), requests, arch),
                pricing.cost(billedMs, recommendedMb, requests, arch), pricing.currency());
    }

    /** Duration and cost per invocation at each memory size the records ran with; empty unless there are several. */
    public static List<SizeCost> compareSizes(FunctionUsage usage, Architecture architecture, LambdaPricing pricing) {
        if (!usage.ranAtSeveralSizes()) {
            return List.of();
        }
        return usage.sizes().stream()
                .map(s -> new SizeCost(s.memorySizeMb(), s.invocations(), s.duration(), s.meanBilledDurationMs(),
                        pricing.cost(s.meanBilledDurationMs(), s.memorySizeMb(), 1, architecture)))
                .toList();
    }

    private static Optional<String> fasterWithMoreMemory(FunctionUsage usage) {
        if (!usage.ranAtSeveralSizes()) {
            return Optional.empty();
        }
        SizeUsage smallest = usage.sizes().stream().min(Comparator.comparingInt(SizeUsage::memorySizeMb)).orElseThrow();
        SizeUsage largest = usage.sizes().stream().max(Comparator.comparingInt(SizeUsage::memorySizeMb)).orElseThrow();
        double small = smallest.duration().p50();
        double large = largest.duration().p50();
        if (large > small * (1 - FASTER_WITH_MEMORY)) {
            return Optional.empty();
        }
        return Optional.of("its median duration was " + millis(large) + " at " + largest.memorySizeMb() + " MB against "
                + millis(small) + " at " + smallest.memorySizeMb() + " MB");
    }

    private static MemoryVerdict verdict(MemoryVerdict.Status status, FunctionSettings settings, FunctionUsage usage,
                                         String explanation) {
        return new MemoryVerdict(status, settings.memoryMb(), usage.peakMaxMemoryUsedMb(), usage.invocations(),
                usage.outOfMemoryEnds(), explanation);
    }

    /** value > share * of, exactly: 950 MB of 1,000 MB is not above 95%. */
    static boolean above(double value, double share, double of) {
        return BigDecimal.valueOf(value).compareTo(BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(of))) > 0;
    }

    static boolean below(double value, double share, double of) {
        return BigDecimal.valueOf(value).compareTo(BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(of))) < 0;
    }

    private static long ceilDivide(int peakMb, double share) {
        return BigDecimal.valueOf(peakMb).divide(BigDecimal.valueOf(share), 0, RoundingMode.CEILING).longValueExact();
    }

    private static long roundUpToStep(long mb) {
        return (mb + MEMORY_STEP_MB - 1) / MEMORY_STEP_MB * MEMORY_STEP_MB;
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
