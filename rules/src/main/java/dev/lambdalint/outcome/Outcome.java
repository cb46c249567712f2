package dev.lambdalint.outcome;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.baseline.BaselineEntry;
import dev.lambdalint.report.ConsoleReport;
import dev.lambdalint.report.ReportInput;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Everything a front end needs after one check: the findings as the reports show them, which of them decide the
 * build, the baseline's leftovers, and the verdict with its texts. Front ends render this; they decide nothing.
 *
 * @param analysis      the findings after the user's settings and suppressions (severities replaced, disabled rules
 *                      and suppressed findings out, {@code suppressed} counting the latter), baselined ones included:
 *                      what the reports show
 * @param fresh         the findings the baseline does not hold: these decide the build (all of them without one)
 * @param baselined     the findings the baseline accepted
 * @param stale         baseline entries no finding matches any more: fixed, or their code changed
 * @param baselineInUse whether a baseline file was read
 * @param verdict       pass or fail, and why
 * @param policy        the policy the verdict applied
 */
public record Outcome(AnalysisResult analysis, List<Finding> fresh, List<Finding> baselined,
                      List<BaselineEntry> stale, boolean baselineInUse, Verdict verdict, Policy policy) {

    public Outcome {
        fresh = List.copyOf(fresh);
        baselined = List.copyOf(baselined);
        stale = List.copyOf(stale);
    }

    /** Whether the build fails. */
    public boolean fails() {
        return verdict.fails();
    }

    /** How many deciding findings are at or above the threshold. */
    public long failing() {
        return verdict.failing();
    }

    /** How many findings a suppression silenced (counted, never silently lost). */
    public int suppressed() {
        return analysis.suppressed();
    }

    /** The analysis holding only the deciding findings. */
    public AnalysisResult freshResult() {
        return analysis.withFindings(fresh, analysis.suppressed());
    }

    /**
     * The closing line: "lambda-lint: 3 errors, 1 warning in 2 handlers (41 files, 0.4 s, 2 suppressed, 1 baselined).
     * Report: target/lambda-lint/report.html"; the report part only when {@code reportFile} is given.
     */
    public String summary(Path reportFile, boolean colour) {
        return ConsoleReport.summary(freshResult(), baselined.size(), reportFile, colour);
    }

    /** One warning (several lines) listing the stale baseline entries to prune; empty when there are none. */
    public Optional<String> staleWarning() {
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        int count = stale.size();
        String file = policy.baseline() == null ? Baseline.FILE_NAME : policy.baseline().getFileName().toString();
        List<String> lines = new ArrayList<>();
        lines.add("lambda-lint: " + count + (count == 1 ? " baseline entry no longer matches" : " baseline entries "
                + "no longer match") + " a finding (fixed, or its code changed); prune " + (count == 1 ? "it" : "them")
                + " from " + file + " or rerun lambda-lint:baseline:");
        for (BaselineEntry entry : stale) {
            lines.add("    " + entry.path() + " " + entry.ruleId() + ": " + entry.message());
        }
        return Optional.of(String.join(System.lineSeparator(), lines));
    }

    /** Warning lines about recorded usage that could not be read (files, AWS calls). */
    public List<String> usageWarnings() {
        return analysis.sizing().problems().stream().map(line -> "lambda-lint: " + line).toList();
    }

    /** Info lines about recorded usage: functions without usage, too little data, names not matched. */
    public List<String> usageNotes() {
        return analysis.sizing().notes().stream().map(line -> "lambda-lint: " + line).toList();
    }

    /**
     * With recorded usage, the lines for after the findings and before the summary: the invocations with their
     * errors and error rate, and where to start among the deciding findings (the function that runs most first).
     * None without usage.
     */
    public List<String> usageLines() {
        return ConsoleReport.usageLines(freshResult());
    }

    /** What the report files show: every finding, the baselined ones marked, and the verdict. */
    public ReportInput reportInput(String toolVersion, Instant generatedAt) {
        return ReportInput.of(analysis, toolVersion, verdict.text(), generatedAt)
                .withBaselined(baselineInUse ? new HashSet<>(baselined) : null);
    }

    /** A baseline accepting every finding of this check (the {@code baseline} goals write it). */
    public Baseline acceptAll() {
        return Baseline.of(analysis);
    }
}
