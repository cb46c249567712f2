package dev.lambdalint.check.memory;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.check.RuleOption;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.FunctionSizing;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.usage.DurationSummary;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.TimeoutVerdict;
import dev.lambdalint.usage.UsageAssessment;
import java.util.List;

/**
 * A function whose recorded invocations timed out, or whose longest duration came above the risk share of its
 * timeout. Reported at the template's timeout setting.
 */
@RuleMeta(id = "timeout-risk", severity = Severity.WARNING,
        summary = "A function timed out, or its longest invocation came close to its configured timeout.",
        tags = {"reliability", "deployment"})
public final class TimeoutRisk implements Rule {
    public static final RuleOption<Double> TIMEOUT_RISK_ABOVE = RuleOption.share("timeoutRiskAbove", 0.80,
            "A longest recorded duration above this share of the timeout is a timeout risk.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(TIMEOUT_RISK_ABOVE);
    }

    @Override
    public void check(RuleContext context) {
        for (FunctionSizing f : context.sizing().functions()) {
            f.assessed().filter(a -> f.timeoutKnown() && a.timeout().status() == TimeoutVerdict.Status.AT_RISK)
                    .ifPresent(a -> context.report(this, f.function(), "Timeout", f.function().timeoutSeconds().at(),
                            message(f, a)));
        }
    }

    private static String message(FunctionSizing f, UsageAssessment a) {
        TimeoutVerdict t = a.timeout();
        FunctionUsage u = a.usage();
        DurationSummary d = u.duration();
        String longest = u.invocations() == 0 ? ""
                : "the longest invocation took " + SizingText.ms(t.maxDurationMs()) + ", "
                + SizingText.percent(t.maxShare()) + " of the " + t.timeoutSeconds() + " s timeout";
        String what = t.timeouts() > 0
                ? f.title() + " timed out: " + SizingText.plural(t.timeouts(), "invocation") + " ran into the "
                + t.timeoutSeconds() + " s timeout (of " + SizingText.plural(u.invocations(), "recorded invocation")
                + ")" + (longest.isEmpty() ? "" : "; " + longest)
                : f.title() + " runs close to its timeout: " + longest + ", over "
                + SizingText.plural(u.invocations(), "invocation");
        String spread = u.invocations() == 0 ? "" : " (duration p50 " + SizingText.ms(d.p50()) + ", p95 "
                + SizingText.ms(d.p95()) + ", p99 " + SizingText.ms(d.p99()) + ")";
        return what + spread + ". A timed-out invocation is billed for the whole timeout and its work is lost half "
                + "done; queue, stream and asynchronous sources retry it, so the same slow event can time out again. "
                + "Find the slow part first (a downstream call without its own timeout, work that grows with the "
                + "input, too little CPU: CPU scales with memory), then set Timeout with headroom above the longest "
                + "duration you expect.";
    }
}
