package dev.lambdalint.check.memory;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.check.RuleOption;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.FunctionSizing;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.usage.CpuBoundWarning;
import dev.lambdalint.usage.MemoryVerdict;
import dev.lambdalint.usage.UsageAssessment;
import java.util.List;

/**
 * A function whose peak Max Memory Used stayed below the over-provisioned share of its configured memory, with
 * enough invocations recorded and a smaller size that keeps the headroom and saves enough to be worth a change.
 * Reported at the template's memory setting. Too few invocations, or too small a saving, give no finding: the log
 * says so in an info line.
 */
@RuleMeta(id = "memory-overprovisioned", severity = Severity.WARNING,
        summary = "A function's peak memory use stayed well below its configured memory size, which is paid for on "
                + "every invocation.",
        tags = {"cost", "deployment"})
public final class MemoryOverprovisioned implements Rule {
    public static final RuleOption<Double> OVERPROVISIONED_BELOW = RuleOption.share("overprovisionedBelow", 0.80,
            "Peak Max Memory Used below this share of the configured memory is over-provisioned. It is also the "
                    + "headroom every memory recommendation keeps (the peak at most this share of the size), "
                    + "memory-underprovisioned's too.");
    public static final RuleOption<Integer> MIN_INVOCATIONS = RuleOption.count("minInvocations", 50,
            "Fewer recorded invocations than this cannot show over-provisioning: an info line says so instead.");
    public static final RuleOption<Double> CPU_BOUND_MEDIAN_MS = RuleOption.number("cpuBoundMedianMs", 1000,
            "A median duration of at least this many milliseconds makes lowering memory a CPU question: the finding "
                    + "warns that the function may be CPU-bound.");
    public static final RuleOption<Double> MIN_SAVING_SHARE = RuleOption.share("minSavingShare", 0.20,
            "The smaller size must take at least this share (below 1) off the configured memory; a smaller saving "
                    + "makes the memory status small-saving: an info line and the report's figures, no finding.");
    public static final RuleOption<Double> MIN_MONTHLY_SAVING = RuleOption.number("minMonthlySaving", 1.00,
            "And, when the records give a month, it must save at least this much a month, in the prices' currency; "
                    + "less is small-saving too.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(OVERPROVISIONED_BELOW, MIN_INVOCATIONS, CPU_BOUND_MEDIAN_MS, MIN_SAVING_SHARE,
                MIN_MONTHLY_SAVING);
    }

    @Override
    public void check(RuleContext context) {
        for (FunctionSizing f : context.sizing().functions()) {
            f.assessed().filter(a -> a.memory().status() == MemoryVerdict.Status.OVERPROVISIONED)
                    .ifPresent(a -> context.report(this, f.function(), "MemorySize", f.function().memoryMb().at(),
                            message(f, a, context)));
        }
    }

    private static String message(FunctionSizing f, UsageAssessment a, RuleContext context) {
        MemoryVerdict m = a.memory();
        String currency = context.sizing().pricing().currency();
        return f.title() + " uses little of its memory: peak Max Memory Used " + SizingText.mb(m.peakMb()) + " is "
                + SizingText.percent(m.peakShare()) + " of the " + SizingText.mb(m.configuredMb()) + " configured, over "
                + SizingText.plural(m.invocations(), "invocation") + SizingMessages.durations(a.usage())
                + SizingMessages.memorySource(f, a) + ". Lambda bills memory times duration, so memory never used is "
                + "paid for on every invocation."
                + a.recommendation().map(SizingMessages::recommendation).orElse("")
                + SizingMessages.cost(a, context.sizing().pricing())
                + a.cpuBound().map(CpuBoundWarning::message).map(w -> " " + w).orElse("")
                + SizingMessages.sizes(a, currency);
    }
}
