package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.check.RuleInfo;
import dev.lambdalint.check.Rules;
import dev.lambdalint.deploy.HandlerName;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.SizingText;
import dev.lambdalint.sizing.UsageFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deployed functions that have findings, the one that runs most first: with recorded usage, each finding in a
 * function's code carries the function's invocations and cost a month, and the function with the most of them has
 * the most to gain. A finding in code belongs to every function that runs its handler (of those, with several modules
 * analyzed together, the ones that run the code of the module whose handler reached it); a finding at a template
 * setting to the function whose block holds the setting (the nearest function at or above its line in that
 * template, running the finding's handler), or, for a setting shared above every function (SAM Globals), to the one
 * function of that template running its handler (none when several do). Functions are ordered by their monthly
 * cost, then their invocations a month (functions whose records carry no times, and so no month, come after), then
 * name.
 */
public final class WhereToStart {
    private WhereToStart() {
    }

    /** One function and its findings. */
    public record Entry(FunctionFigures function, List<Finding> findings) {
        public UsageFigures usage() {
            return function.usage();
        }

        public long count(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }

        /** "4,820 invocations and $0.52 a month", or "140 recorded invocations" when the records carry no times. */
        public String traffic() {
            return WhereToStart.traffic(function.usage());
        }

        /** "1 error, 2 infos". */
        public String counts() {
            List<String> parts = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                long n = count(severity);
                if (n > 0) {
                    parts.add(n + " " + (severity == Severity.INFO ? "info" : severity.id() + (n == 1 ? "" : "s")));
                }
            }
            return String.join(", ", parts);
        }

        /** "OrderFunction (orders-prod-create)", or the function's name when it is deployed under it. */
        public String title() {
            String deployed = function.deployedName();
            return deployed == null || deployed.equals(function.function()) ? function.function()
                    : function.function() + " (" + deployed + ")";
        }
    }

    static final Comparator<FunctionFigures> BY_TRAFFIC = Comparator
            .comparing((FunctionFigures f) -> f.usage().monthlyCost(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(f -> f.usage().invocationsPerMonth(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(f -> f.usage().invocations(), Comparator.reverseOrder())
            .thenComparing(FunctionFigures::function);

    /** The functions with usage that findings belong to, the one that runs most first; empty without usage. */
    public static List<Entry> of(AnalysisResult result) {
        Map<FunctionFigures, List<Finding>> byFunction = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            for (FunctionFigures function : functionsOf(finding, result.sizing())) {
                byFunction.computeIfAbsent(function, f -> new ArrayList<>()).add(finding);
            }
        }
        return byFunction.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(BY_TRAFFIC))
                .map(e -> new Entry(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** A function's traffic: "4,820 invocations and $0.52 a month", or "140 recorded invocations" without a month. */
    public static String traffic(UsageFigures u) {
        if (u.invocationsPerMonth() == null || u.monthlyCost() == null) {
            return SizingText.plural(u.invocations(), "recorded invocation") + " (no times to scale to a month)";
        }
        return SizingText.count(Math.round(u.invocationsPerMonth())) + " invocations and "
                + SizingText.money(u.monthlyCost(), u.currency()) + " a month";
    }

    /** The functions with recorded usage that a finding belongs to (see the class comment). */
    public static List<FunctionFigures> functionsOf(Finding finding, SizingSummary sizing) {
        if (!atTemplateSetting(finding)) {
            return sizing.functionsRunning(finding.handler()).stream()
                    .filter(f -> f.hasUsage() && f.runsCodeOf(finding.module())).toList();
        }
        List<FunctionFigures> inTemplate = sizing.functions().stream()
                .filter(f -> f.path().equals(finding.path()) && sameHandler(f, finding)).toList();
        // a setting written in a function's block (or defaulted, at the function) follows the function's own line
        // and precedes the next function's; above them all (SAM Globals, the Serverless provider) only a function
        // alone in running the handler is known
        Optional<FunctionFigures> enclosing = sizing.functions().stream()
                .filter(f -> f.path().equals(finding.path()) && f.line() <= finding.line())
                .max(Comparator.comparingInt(FunctionFigures::line));
        List<FunctionFigures> about = enclosing.isPresent()
                ? enclosing.filter(f -> sameHandler(f, finding)).stream().toList()
                : inTemplate.size() == 1 ? inTemplate : List.of();
        return about.stream().filter(FunctionFigures::hasUsage).toList();
    }

    private static boolean sameHandler(FunctionFigures function, Finding finding) {
        if (finding.handler() == null || function.handler() == null) {
            return finding.handler() == null && function.handler() == null;
        }
        return HandlerName.parse(function.handler()).equals(HandlerName.parse(finding.handler()));
    }

    /** Whether the finding's rule reports at template settings rather than in code. */
    static boolean atTemplateSetting(Finding finding) {
        return Rules.info(finding.ruleId()).map(RuleInfo::aboutTemplates).orElse(false);
    }
}
