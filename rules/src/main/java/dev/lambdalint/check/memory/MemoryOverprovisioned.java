package dev.lambdalint.check.memory;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.FunctionSizing;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.usage.CpuBoundWarning;
import dev.lambdalint.usage.MemoryVerdict;
import dev.lambdalint.usage.UsageAssessment;

/**
 * A function whose peak Max Memory Used stayed below the over-provisioned share of its configured memory, with
 * enough invocations recorded and a smaller size that keeps the headroom. Reported at the template's memory
 * setting. Too few invocations give no finding: the log says so in an info line.
 */
@RuleMeta(id = "memory-overprovisioned", severity = Severity.WARNING,
        summary = "A function's peak memory use stayed well below its configured memory size, which is paid for on "
                + "every invocation.",
        tags = {"cost", "deployment"})
public final class MemoryOverprovisioned implements Rule {

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
