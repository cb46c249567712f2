package dev.lambdalint.check.coldstart;

import dev.lambdalint.Severity;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.check.RuleOption;
import dev.lambdalint.sizing.FunctionSizing;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.usage.DurationSummary;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.InitCost;
import dev.lambdalint.usage.MonthlyCost;
import dev.lambdalint.usage.UsageAssessment;
import java.util.List;
import java.util.Optional;

/**
 * A Java function without SnapStart whose recorded INIT phases are long (Init Duration p95) and frequent (their
 * share of the invocations), with enough data to say so: the figures, what the INIT phase costs a month, and what
 * to try. Reported at the function in the template, identified by its missing SnapStart setting.
 */
@RuleMeta(id = "cold-start", severity = Severity.INFO,
        summary = "A Java function without SnapStart spends long and frequent INIT phases (recorded Init Duration), "
                + "which its callers wait for and Lambda bills.",
        tags = {"performance", "cost", "deployment"})
public final class ColdStart implements Rule {
    public static final RuleOption<Double> INIT_P95_MS = RuleOption.number("initP95Ms", 1000,
            "The Init Duration's p95 must be at least this many milliseconds.");
    public static final RuleOption<Double> COLD_START_SHARE = RuleOption.share("coldStartShare", 0.01,
            "At least this share of the invocations must run an INIT phase.");
    public static final RuleOption<Integer> MIN_INVOCATIONS = RuleOption.count("minInvocations", 50,
            "With fewer recorded invocations the share of cold starts means nothing: no finding.");
    public static final RuleOption<Integer> MIN_COLD_STARTS = RuleOption.count("minColdStarts", 5,
            "With fewer recorded INIT phases their p95 is one value's luck: no finding.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(INIT_P95_MS, COLD_START_SHARE, MIN_INVOCATIONS, MIN_COLD_STARTS);
    }

    @Override
    public void check(RuleContext context) {
        ColdStartThresholds thresholds = ColdStartThresholds.of(context, this);
        for (FunctionSizing f : context.sizing().functions()) {
            Optional<JavaRuntime> runtime = JavaRuntime.of(f.function());
            if (runtime.isEmpty() || SnapStartSetting.mayBeOn(f.function())) {
                continue;
            }
            f.assessed().filter(a -> heavyAndFrequent(a.usage(), thresholds))
                    .ifPresent(a -> context.report(this, f.function(), "SnapStart", f.function().at(),
                            message(f, a, runtime.get())));
        }
    }

    static boolean heavyAndFrequent(FunctionUsage u, ColdStartThresholds t) {
        DurationSummary init = u.initDuration();
        return u.invocations() >= t.minInvocations() && init.count() >= t.minColdStarts()
                && init.p95() >= t.initP95Ms() && u.initShare() >= t.coldStartShare();
    }

    private static String message(FunctionSizing f, UsageAssessment a, JavaRuntime runtime) {
        FunctionUsage u = a.usage();
        DurationSummary init = u.initDuration();
        return f.title() + " starts slowly and often: " + SizingText.count(init.count()) + " of "
                + SizingText.plural(u.invocations(), "invocation") + " (" + SizingText.percent(u.initShare())
                + ") ran an INIT phase, Init Duration p50 " + SizingText.ms(init.p50()) + ", p95 "
                + SizingText.ms(init.p95()) + ". Each one makes its caller wait that long before the handler runs, "
                + "and Lambda bills the INIT phase of on-demand functions (since 1 August 2025)" + cost(a) + ". "
                + advice(runtime);
    }

    /** ": $0.61 a month at 1,024 MB on x86_64 at the recorded traffic (part of …)". */
    private static String cost(UsageAssessment a) {
        if (a.initCost().isEmpty()) {
            return "; no monthly cost: the records carry no times to scale to a month";
        }
        InitCost init = a.initCost().get();
        String month = a.monthlyCost().map(MonthlyCost::currentCost)
                .map(c -> "the function's " + SizingText.money(c, init.currency()) + " a month").orElse("the month");
        return ": " + SizingText.money(init.monthly(), init.currency()) + " a month at "
                + SizingText.mb(a.settings().memoryMb()) + " on " + a.settings().architecture().id()
                + " at the recorded traffic (" + (init.inBilledDuration()
                ? "part of " + month + ", as the records' Billed Duration includes it"
                : "on top of " + month + ": the records' Billed Duration leaves it out, as it did before INIT was "
                + "billed") + ")";
    }

    private static String advice(JavaRuntime runtime) {
        String snapStart = runtime.supportsSnapStart()
                ? "turn SnapStart on (SnapStart: ApplyOn: PublishedVersions, and invoke a published version or an "
                + "alias): Lambda then runs INIT once per version and restores a snapshot of it instead"
                : "move from " + runtime.name() + " to java21, then turn SnapStart on (SnapStart: ApplyOn: "
                + "PublishedVersions, and invoke a published version or an alias): SnapStart needs java11 or later";
        return "The template does not turn SnapStart on. Try, in this order: " + snapStart + "; prime what the first "
                + "invocation would otherwise load (exercise the handler's code paths during INIT, or in a CRaC "
                + "beforeCheckpoint hook with SnapStart, so that their classes are loaded and their clients "
                + "connected); trim what runs at INIT (fewer and lighter dependencies, no classpath scanning or "
                + "reflection-heavy frameworks, no clients built for what few invocations need).";
    }
}
