package dev.lambdalint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.nio.file.Path;

/**
 * {@code lambda-lint.json}: the stable machine-readable form of a result, for scripts, dashboards and baselines.
 *
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "tool": { "name": "lambda-lint", "version": "0.1.0" },
 *   "summary": {
 *     "findings": 4, "error": 3, "warning": 1, "info": 0,
 *     "handlers": 2, "filesAnalyzed": 41,
 *     "byRule": { "client-per-invocation": 3, "init-per-invocation": 1 }
 *   },
 *   "handlers": [ "com.acme.OrderHandler::handleRequest" ],
 *   "findings": [ {
 *     "ruleId": "client-per-invocation", "severity": "error",
 *     "path": "src/main/java/com/acme/OrderHandler.java", "line": 15, "column": 27,
 *     "message": "...", "handler": "com.acme.OrderHandler::handleRequest",
 *     "callChain": [ { "method": "OrderHandler.handleRequest", "path": "src/main/java/com/acme/OrderHandler.java", "line": 15 } ]
 *   } ]
 * }
 * </pre>
 *
 * Paths are relative to the project base directory with '/' separators; line and column are 1-based; severity is
 * error, warning or info; handler is null for findings outside any handler; findings are sorted by path, line,
 * column, rule and message; handlers are sorted. The analysis duration is left out so that two runs on the same
 * input are byte-identical. When a baseline is in use, {@code summary.baselined} counts the findings it accepted
 * and each finding has {@code "baselined": true|false}. {@code schemaVersion} changes only when a field is removed or changes meaning; new
 * fields may appear within a version.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;

    private JsonReport() {
    }

    public static String render(AnalysisResult result, String toolVersion) {
        return render(ReportInput.of(result, toolVersion, null, null));
    }

    public static String render(ReportInput input) {
        AnalysisResult result = input.result();
        String toolVersion = input.toolVersion();
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "lambda-lint");
        tool.put("version", toolVersion);

        ObjectNode summary = root.putObject("summary");
        summary.put("findings", result.findings().size());
        for (Severity severity : Severity.values()) {
            summary.put(severity.id(), result.count(severity));
        }
        summary.put("handlers", result.handlers().size());
        summary.put("filesAnalyzed", result.filesAnalyzed());
        if (input.baselineInUse()) {
            summary.put("baselined", result.findings().stream().filter(input::isBaselined).count());
        }
        ObjectNode byRule = summary.putObject("byRule");
        result.countsByRule().forEach(byRule::put);

        ArrayNode handlers = root.putArray("handlers");
        result.handlers().stream().sorted().forEach(handlers::add);

        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("severity", finding.severity().id());
            node.put("path", finding.path());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("message", finding.message());
            node.put("handler", finding.handler() == null || finding.handler().isEmpty() ? null : finding.handler());
            if (input.baselineInUse()) {
                node.put("baselined", input.isBaselined(finding));
            }
            ArrayNode chain = node.putArray("callChain");
            for (CallStep step : finding.callChain()) {
                ObjectNode stepNode = chain.addObject();
                stepNode.put("method", step.method());
                stepNode.put("path", step.path());
                stepNode.put("line", step.line());
            }
        }
        return Json.pretty(root);
    }

    public static void write(AnalysisResult result, String toolVersion, Path file) {
        ReportFiles.write(file, render(result, toolVersion));
    }

    public static void write(ReportInput input, Path file) {
        ReportFiles.write(file, render(input));
    }
}
