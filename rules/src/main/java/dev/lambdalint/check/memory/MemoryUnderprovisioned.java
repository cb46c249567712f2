package dev.lambdalint.check.memory;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.check.RuleOption;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.FunctionSizing;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.MemoryVerdict;
import dev.lambdalint.usage.UsageAssessment;
import java.util.List;

/**
 * A function whose recorded invocations ran out of memory, or whose peak Max Memory Used came above the
 * under-provisioned share of its configured memory. Reported at the template's memory setting.
 */
@RuleMeta(id = "memory-underprovisioned", severity = Severity.ERROR,
        summary = "A function ran out of memory, or its peak memory use came above 95% of its configured memory size.",
        tags = {"reliability", "performance", "deployment"})
public final class MemoryUnderprovisioned implements Rule {
    public static final RuleOption<Double> UNDERPROVISIONED_ABOVE = RuleOption.share("underprovisionedAbove", 0.95,
            "Peak Max Memory Used above this share of the configured memory is under-provisioned.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(UNDERPROVISIONED_ABOVE);
    }

    @Override
    public void check(RuleContext context) {
        for (FunctionSizing f : context.sizing().functions()) {
            f.assessed().filter(a -> a.memory().status() == MemoryVerdict.Status.UNDERPROVISIONED)
                    .ifPresent(a -> context.report(this, f.function(), "MemorySize", f.function().memoryMb().at(),
                            message(f, a, context)));
        }
    }

    private static String message(FunctionSizing f, UsageAssessment a, RuleContext context) {
        FunctionUsage u = a.usage();
        MemoryVerdict m = a.memory();
        String share = SizingText.percent(m.peakShare());
        String what = m.outOfMemoryEnds() > 0
                ? f.title() + " ran out of memory: " + SizingText.plural(m.outOfMemoryEnds(), "invocation")
                + " ended out of memory" + (u.invocations() == 0 ? " (no REPORT record gives its peak)"
                : " (of " + SizingText.plural(u.invocations(), "recorded invocation") + "); its peak Max Memory Used "
                + "was " + SizingText.mb(m.peakMb()) + " of the " + SizingText.mb(m.configuredMb()) + " configured ("
                + share + ")")
                : f.title() + " runs at its memory limit: peak Max Memory Used " + SizingText.mb(m.peakMb()) + " is " + share
                + " of the " + SizingText.mb(m.configuredMb()) + " configured, over "
                + SizingText.plural(u.invocations(), "invocation");
        String currency = context.sizing().pricing().currency();
        return what + SizingMessages.durations(u) + SizingMessages.memorySource(f, a) + ". Out of memory, an invocation "
                + "fails and Lambda discards its execution environment (the next call pays a cold start; queue, stream "
                + "and asynchronous events are retried); near the limit, the JVM (its heap capped at about 85% of "
                + "memory) spends its time collecting garbage."
                + a.recommendation().map(SizingMessages::recommendation).orElse("")
                + SizingMessages.cost(a, context.sizing().pricing()) + SizingMessages.sizes(a, currency);
    }
}
