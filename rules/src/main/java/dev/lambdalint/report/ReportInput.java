package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import java.time.Instant;
import java.util.Set;

/**
 * One analysis as the report files show it.
 *
 * @param result       every finding, baselined ones included (they are marked, not hidden)
 * @param toolVersion  the plugin version
 * @param verdict      the build outcome shown at the top of the HTML report, e.g. "The build passes: …"
 * @param generatedAt  the time shown in the HTML report (never written into SARIF or JSON)
 * @param automationId SARIF {@code runs[0].automationDetails.id}, e.g. "lambda-lint/orders/": GitHub code scanning
 *                     rejects an upload holding several runs of one tool with the same id; null leaves it out
 * @param baselined    the findings the baseline accepted; null when no baseline is in use
 */
public record ReportInput(AnalysisResult result, String toolVersion, String verdict, Instant generatedAt,
                          String automationId, Set<Finding> baselined) {

    public ReportInput {
        baselined = baselined == null ? null : Set.copyOf(baselined);
    }

    public static ReportInput of(AnalysisResult result, String toolVersion, String verdict, Instant generatedAt) {
        return new ReportInput(result, toolVersion, verdict, generatedAt, null, null);
    }

    public ReportInput withAutomationId(String id) {
        return new ReportInput(result, toolVersion, verdict, generatedAt, id, baselined);
    }

    public ReportInput withBaselined(Set<Finding> findings) {
        return new ReportInput(result, toolVersion, verdict, generatedAt, automationId, findings);
    }

    public boolean baselineInUse() {
        return baselined != null;
    }

    public boolean isBaselined(Finding finding) {
        return baselined != null && baselined.contains(finding);
    }
}
