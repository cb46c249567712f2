package dev.lambdalint.sizing;

import dev.lambdalint.usage.CpuBoundWarning;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.InitCost;
import dev.lambdalint.usage.LambdaPricing;
import dev.lambdalint.usage.MemoryVerdict;
import dev.lambdalint.usage.MonthlyCost;
import dev.lambdalint.usage.RecordedUsage;
import dev.lambdalint.usage.Recommendation;
import dev.lambdalint.usage.SizeCost;
import dev.lambdalint.usage.SizeUsage;
import dev.lambdalint.usage.UsageAssessment;
import dev.lambdalint.usage.UsageProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The assessed functions as report values, and the lines the log shows about them. */
final class Summaries {
    private Summaries() {
    }

    static SizingSummary of(List<FunctionSizing> sized, RecordedUsage recorded, UsageMatcher.Result match,
                            List<String> earlierNotes, boolean overRuleOn, Path baseDir, LambdaPricing pricing) {
        List<String> notes = new ArrayList<>(earlierNotes);
        notes.addAll(match.notes());
        Map<String, FunctionUsage> byName = recorded.statistics();
        List<SizingSummary.UnmatchedUsage> unmatched = new ArrayList<>();
        for (String name : match.unmatched()) {
            int invocations = byName.get(name).invocations();
            unmatched.add(new SizingSummary.UnmatchedUsage(name, invocations));
            notes.add("usage of '" + name + "' (" + SizingText.plural(invocations, "invocation") + ") matches no "
                    + "function in the templates; map it with functionNames (" + name + "=<LogicalId>) if it is one "
                    + "of them");
        }
        List<String> withoutUsage = new ArrayList<>();
        List<FunctionFigures> figures = new ArrayList<>();
        for (FunctionSizing f : sized) {
            if (f.usage() == null) {
                withoutUsage.add(f.function().name());
            }
            if (overRuleOn && f.assessment() != null && Sizing.tooLittleData(f.assessment())) {
                notes.add(f.function().name() + " (" + f.function().memoryMb().at() + "): too little usage to judge "
                        + "over-provisioning: " + f.assessment().memory().explanation());
            }
            if (overRuleOn && f.assessment() != null
                    && f.assessment().memory().status() == MemoryVerdict.Status.SMALL_SAVING) {
                notes.add(f.function().name() + " (" + f.function().memoryMb().at() + "): not worth a finding: "
                        + f.assessment().memory().explanation());
            }
            figures.add(figures(f, pricing));
        }
        if (!withoutUsage.isEmpty()) {
            notes.add("no recorded usage for " + String.join(", ", withoutUsage) + ", so "
                    + (withoutUsage.size() == 1 ? "its" : "their") + " memory and timeout are not judged");
        }
        return new SizingSummary(true, figures, unmatched, notes, problems(recorded.problems(), baseDir));
    }

    private static FunctionFigures figures(FunctionSizing f, LambdaPricing pricing) {
        UsageAssessment a = f.assessment();
        Integer memory = a == null ? f.function().memoryMb().intValue().stream().boxed().findFirst().orElse(null)
                : Integer.valueOf(a.settings().memoryMb());
        Integer timeout = !f.timeoutKnown() ? null : a != null ? Integer.valueOf(a.settings().timeoutSeconds())
                : f.function().timeoutSeconds().intValue().stream().boxed().findFirst().orElse(null);
        String architecture = a != null ? a.settings().architecture().id()
                : f.function().architecture().value().literal().orElse("x86_64");
        return new FunctionFigures(f.function().name(), f.handlerId(), f.function().at().path(),
                f.function().at().line(), UsageMatcher.deployedName(f.function()).orElse(null), f.usageNames(),
                architecture, memory, memory == null ? null : f.memorySource() == null ? "template" : f.memorySource(),
                timeout, a == null ? null : usage(f, a, pricing));
    }

    private static UsageFigures usage(FunctionSizing f, UsageAssessment a, LambdaPricing pricing) {
        FunctionUsage u = a.usage();
        Recommendation r = a.recommendation().orElse(null);
        MonthlyCost cost = a.monthlyCost().orElse(null);
        List<UsageFigures.SizeFigures> sizes = new ArrayList<>();
        for (SizeCost s : a.sizes()) {
            int peak = u.sizes().stream().filter(x -> x.memorySizeMb() == s.memorySizeMb())
                    .mapToInt(SizeUsage::peakMaxMemoryUsedMb).findFirst().orElse(0);
            sizes.add(new UsageFigures.SizeFigures(s.memorySizeMb(), s.invocations(), peak, s.duration().p50(),
                    s.duration().p95(), s.duration().max(), SizingText.round(s.costPerInvocation())));
        }
        return new UsageFigures(u.invocations(), u.peakMaxMemoryUsedMb(), u.duration().p50(), u.duration().p95(),
                u.duration().p99(), u.duration().max(), u.coldStarts(), u.timeouts(), u.outOfMemoryEnds(),
                status(a.memory().status().name()), a.memory().explanation(),
                f.timeoutKnown() ? status(a.timeout().status().name()) : "unknown",
                f.timeoutKnown() ? a.timeout().explanation() : "the timeout is not known before deployment",
                r == null ? null : r.recommendedMb(), r != null && r.atLeast(),
                cost == null ? null : SizingText.round(cost.currentCost()),
                cost == null ? null : SizingText.round(cost.recommendedCost()), pricing.currency(),
                a.cpuBound().map(CpuBoundWarning::message).orElse(null), sizes,
                cost == null ? null : SizingText.round(cost.invocationsPerMonth()), coldStart(a), u.otherErrors(),
                u.errors(), SizingText.round(u.errorRate()));
    }

    private static UsageFigures.ColdStartFigures coldStart(UsageAssessment a) {
        FunctionUsage u = a.usage();
        InitCost init = a.initCost().orElse(null);
        double share = u.invocations() == 0 ? 0 : (double) u.coldStarts() / u.invocations();
        return new UsageFigures.ColdStartFigures(u.coldStarts(), SizingText.round(share), u.initDuration().count(),
                u.initDuration().p50(), u.initDuration().p95(), init == null ? null : SizingText.round(init.monthly()),
                init != null && init.inBilledDuration());
    }

    /** UNDERPROVISIONED is "underprovisioned", AT_RISK "at-risk". */
    private static String status(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> problems(List<UsageProblem> problems, Path baseDir) {
        String base = baseDir.toAbsolutePath().normalize() + java.io.File.separator;
        List<String> lines = new ArrayList<>();
        for (UsageProblem p : problems) {
            if (lines.size() == Sizing.MAX_PROBLEM_LINES) {
                lines.add("… and " + SizingText.plural(problems.size() - Sizing.MAX_PROBLEM_LINES, "more problem")
                        + " reading usage");
                break;
            }
            String source = p.source().startsWith(base) ? p.source().substring(base.length()).replace('\\', '/')
                    : p.source();
            lines.add("usage " + new UsageProblem(source, p.line(), p.message()));
        }
        return lines;
    }
}
