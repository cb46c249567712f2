package dev.lambdalint.check.memory;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.sizing.FunctionSizing;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.usage.DurationSummary;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.LambdaPricing;
import dev.lambdalint.usage.MonthlyCost;
import dev.lambdalint.usage.Recommendation;
import dev.lambdalint.usage.SizeCost;
import dev.lambdalint.usage.UsageAssessment;
import dev.lambdalint.usage.UsageVerdicts;
import java.util.List;

/** The parts the memory and timeout findings share: durations, recommendation, cost, sizes compared. */
public final class SizingMessages {
    private SizingMessages() {
    }

    /** " (duration p95 210 ms, max 1,030 ms)". */
    static String durations(FunctionUsage usage) {
        DurationSummary d = usage.duration();
        return usage.invocations() == 0 ? ""
                : " (duration p95 " + SizingText.ms(d.p95()) + ", max " + SizingText.ms(d.max()) + ")";
    }

    /** Where the memory judged came from, when it is not the template's own value. */
    static String memorySource(FunctionSizing f, UsageAssessment a) {
        return switch (f.memorySource()) {
            case "deployed" -> " (the template's MemorySize is unknown before deployment: judged against the "
                    + SizingText.mb(a.settings().memoryMb()) + " deployed now)";
            case "records" -> " (the template's MemorySize is unknown before deployment: judged against the "
                    + SizingText.mb(a.settings().memoryMb()) + " the records ran with)";
            default -> "";
        };
    }

    /** " Set MemorySize to 640 MB, which keeps the peak at most 80% of it (rounded up to 64 MB)." */
    static String recommendation(Recommendation r) {
        if (r.cappedAtMaximum()) {
            return " Even " + SizingText.count(UsageVerdicts.MAX_MEMORY_MB) + " MB cannot keep the peak under "
                    + SizingText.percent(r.headroomShare()) + " of it: the memory use itself has to come down; until "
                    + "then set MemorySize to " + (r.atLeast() ? "at least " : "") + SizingText.count(r.recommendedMb())
                    + " MB.";
        }
        return " Set MemorySize to " + (r.atLeast() ? "at least " : "") + SizingText.count(r.recommendedMb())
                + " MB, which keeps the peak at most " + SizingText.percent(r.headroomShare()) + " of it (rounded up to "
                + UsageVerdicts.MEMORY_STEP_MB + " MB" + (r.atLeast() ? "; it ran out, so its real need is higher than "
                + "it could record" : "") + ").";
    }

    /** The month now and at the recommended size, with the prices used. */
    static String cost(UsageAssessment a, LambdaPricing pricing) {
        if (a.monthlyCost().isEmpty()) {
            return " No monthly cost: the records carry no times to scale to a month.";
        }
        MonthlyCost c = a.monthlyCost().get();
        String currency = c.currency();
        return " Monthly cost at the recorded traffic (" + SizingText.count(Math.round(c.invocationsPerMonth()))
                + " invocations a month): " + SizingText.money(c.currentCost(), currency) + " at "
                + SizingText.mb(c.currentMb()) + ", " + SizingText.money(c.recommendedCost(), currency) + " at "
                + SizingText.mb(c.recommendedMb()) + " (" + c.architecture().id() + " at "
                + SizingText.price(pricing.perGbSecond(c.architecture()), currency)
                + " per GB-second plus " + SizingText.money(pricing.perMillionRequests(), currency)
                + " per million requests, " + pricing.region() + " prices; the same durations assumed).";
    }

    /** " By memory size: 512 MB: 800 invocations, p50 420 ms, $0.0000036 each; 1,024 MB: …" when several ran. */
    static String sizes(UsageAssessment a, String currency) {
        List<SizeCost> sizes = a.sizes();
        if (sizes.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" By memory size in the records: ");
        for (int i = 0; i < sizes.size(); i++) {
            SizeCost s = sizes.get(i);
            text.append(i == 0 ? "" : "; ").append(SizingText.count(s.memorySizeMb())).append(" MB: ")
                    .append(SizingText.plural(s.invocations(), "invocation")).append(", p50 ")
                    .append(SizingText.ms(s.duration().p50())).append(", ")
                    .append(SizingText.money(s.costPerInvocation(), currency)).append(" per invocation");
        }
        return text.append('.').toString();
    }
}
