package dev.lambdalint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code lambda-lint.json}: the stable machine-readable form of a result, for scripts, dashboards and baselines.
 *
 * <pre>
 * {
 *   "schemaVersion": 3,
 *   "tool": { "name": "lambda-lint", "version": "0.1.0" },
 *   "summary": {
 *     "findings": 4, "error": 3, "warning": 1, "info": 0,
 *     "handlers": 2, "filesAnalyzed": 41,
 *     "byRule": { "client-per-invocation": 3, "init-per-invocation": 1 },
 *     "usage": { "functions": 2, "invocations": 1260, "errors": 3, "errorRate": 0.00238095 }
 *   },
 *   "handlers": [ { "handler": "com.acme.OrderHandler::handleRequest", "module": "com.acme:orders" } ],
 *   "findings": [ {
 *     "ruleId": "client-per-invocation", "severity": "error",
 *     "path": "src/main/java/com/acme/OrderHandler.java", "line": 15, "column": 27,
 *     "message": "...", "handler": "com.acme.OrderHandler::handleRequest", "module": "com.acme:orders",
 *     "identity": "client-per-invocation | com.acme.OrderHandler | handleRequest(Order, Context) | DynamoDbClient.create()",
 *     "callChain": [ { "method": "OrderHandler.handleRequest", "path": "src/main/java/com/acme/OrderHandler.java", "line": 15 } ],
 *     "functions": [ { "function": "OrdersFunction", "invocationsPerMonth": 2480000.0, "monthlyCost": 12.4, "currency": "USD" } ],
 *     "fix": { "fixable": true, "description": "build the S3Client once, ...", "diff": "diff --git a/... b/..." }
 *   } ],
 *   "functions": [ {
 *     "function": "OrdersFunction", "handler": "com.acme.OrderHandler::handleRequest",
 *     "path": "template.yaml", "line": 17, "deployedName": "orders-prod", "usageNames": [ "orders-prod" ],
 *     "modules": [ "com.acme:orders" ],
 *     "architecture": "x86_64", "memoryMb": 512, "memorySource": "template", "timeoutSeconds": 30,
 *     "usage": {
 *       "invocations": 1240, "peakMemoryMb": 500,
 *       "durationMs": { "p50": 180.2, "p95": 290.4, "p99": 310.0, "max": 1030.5 },
 *       "invocationsPerMonth": 2480000.0,
 *       "coldStarts": 12, "timeouts": 0, "outOfMemoryEnds": 2, "otherErrors": 1, "errors": 3, "errorRate": 0.00241935,
 *       "coldStart": { "count": 12, "share": 0.00967742, "initCount": 12, "initP50Ms": 1820.5, "initP95Ms": 2410.2,
 *                      "initMonthlyCost": 0.61, "initInMonthlyCost": true },
 *       "memory": { "status": "underprovisioned", "explanation": "..." },
 *       "timeout": { "status": "fits", "explanation": "..." },
 *       "recommendation": { "memoryMb": 640, "atLeast": false },
 *       "monthlyCost": { "currency": "USD", "current": 12.4, "recommended": 15.5 },
 *       "cpuBoundWarning": null,
 *       "sizes": [ { "memoryMb": 512, "invocations": 800, "peakMemoryMb": 500, "p50Ms": 180.2, "p95Ms": 290.4,
 *                    "maxMs": 1030.5, "costPerInvocation": 0.0000032 } ]
 *     }
 *   } ],
 *   "whereToStart": [ { "function": "OrdersFunction", "handler": "com.acme.OrderHandler::handleRequest",
 *                       "invocationsPerMonth": 2480000.0, "monthlyCost": 12.4, "currency": "USD",
 *                       "findings": 2, "error": 1, "warning": 1, "info": 0 } ],
 *   "unmatchedUsage": [ { "name": "old-batch-fn", "invocations": 20 } ]
 * }
 * </pre>
 *
 * Paths are relative to the project base directory with '/' separators; line and column are 1-based; severity is
 * error, warning or info; handler is null for findings outside any handler; identity is what the finding points at
 * (see {@link Finding#identity()}), the key baselines match by; findings are sorted by path, line,
 * column, rule and message; handlers are sorted by name, then module.
 *
 * <p>{@code module} names the analyzed module (by its {@code groupId:artifactId}) that declares a handler, or whose
 * analysis reported a finding (the module of the handler that reaches it, when one does), so that the two
 * {@code helloworld.App::handleRequest} of two modules analyzed together ({@code aggregate}) are told apart; null
 * when the analysis did not tell modules apart. A function's {@code modules} are the analyzed
 * modules whose code it runs, empty when that is not told apart. The module is no part of a finding's identity. The
 * analysis duration is left out so that two runs on the same
 * input are byte-identical. When a baseline is in use, {@code summary.baselined} counts the findings it accepted
 * and each finding has {@code "baselined": true|false}. {@code fix} says what {@code lambda-lint:fix} does about the
 * finding: {@code "fixable": true} with what the fix does and its unified diff, or {@code "fixable": false} with the
 * {@code reason} there is no automatic fix.
 *
 * <p>{@code functions} lists, when recorded usage was given, every function of the deployment templates in template
 * order, with its settings ({@code memorySource}: "template", "deployed" when read live because the template leaves
 * it unknown, "records" when the size the records ran with stands in; null fields are unknown) and its {@code usage}
 * (null when none was matched): memory status underprovisioned, overprovisioned (a smaller size saves enough to be
 * worth a change), small-saving (over-provisioned, but the saving is below the thresholds: no finding),
 * insufficient-data or fits; timeout status at-risk, fits, no-data or unknown; the recommended memory (null when
 * there is none) and whether it is a floor (the function ran out of memory); the cost of a month of 730 hours at the
 * recorded traffic now and at the recommendation, and the invocations a month (null when the records carry no
 * times); the errors (timeouts, out-of-memory ends and other REPORTs with {@code Status: error}) and their rate per
 * invocation; the cold starts ({@code count}, every new execution environment, and its {@code share} of the
 * invocations) and the INIT phases among them (SnapStart restores run none) with their Init Duration's p50 and p95
 * and what they cost a month at the function's memory and architecture ({@code initMonthlyCost}, null without times
 * or INIT phases; {@code initInMonthlyCost}: a part of {@code monthlyCost.current}, since the records' Billed
 * Duration includes the Init Duration, never to be added to it); {@code sizes} only when the records ran at several
 * memory sizes. {@code unmatchedUsage} lists the usage no template function matched. {@code summary.usage} totals the
 * invocations and errors of the functions with usage (null without usage).
 *
 * <p>{@code whereToStart} lists the functions with usage that findings belong to, the one with the highest monthly
 * cost first (then invocations a month; functions without a month last), with their findings counted by severity;
 * each finding's {@code functions} names them with their traffic. A finding in code belongs to every function that
 * runs its handler; one at a template setting to the function whose block in the template holds it (see
 * {@link WhereToStart}). Both are empty without usage.
 *
 * <p>{@code schemaVersion} changes only when a field is removed or changes meaning; new fields may appear within a
 * version. Version 2 (from version 1): memory status overprovisioned now also needs a saving worth a change, and
 * small-saving is new; new with it are each finding's {@code identity} and {@code functions}, the usage's errors and
 * cold starts, {@code summary.usage} and {@code whereToStart}. Version 3 (from version 2): each of {@code handlers} is
 * an object with the handler's name and its module instead of the name alone; new with it are each finding's
 * {@code module} and each function's {@code modules}.
 */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 3;

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
        JsonFunctions.summary(summary, result.sizing());

        ArrayNode handlers = root.putArray("handlers");
        for (DeclaredHandler handler : DeclaredHandler.of(result)) {
            ObjectNode node = handlers.addObject();
            node.put("handler", handler.name());
            node.put("module", handler.module());
        }

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
            node.put("module", finding.module());
            node.put("identity", finding.identity());
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
            JsonFunctions.functionsOf(node, finding, result.sizing());
            result.fixes().of(finding).ifPresent(fix -> {
                ObjectNode fixNode = node.putObject("fix");
                fixNode.put("fixable", fix.fixable());
                if (fix.fixable()) {
                    fixNode.put("description", fix.description());
                    fixNode.put("diff", fix.diff());
                } else {
                    fixNode.put("reason", fix.reason());
                }
            });
        }
        JsonFunctions.write(root, result.sizing(), WhereToStart.of(result));
        return Json.pretty(root);
    }

    /** A handler with the module declaring it (null when modules are not told apart), in report order. */
    private record DeclaredHandler(String name, String module) {
        private static final Comparator<DeclaredHandler> ORDER = Comparator.comparing(DeclaredHandler::name)
                .thenComparing(DeclaredHandler::module, Comparator.nullsFirst(Comparator.naturalOrder()));

        static List<DeclaredHandler> of(AnalysisResult result) {
            List<DeclaredHandler> handlers = new ArrayList<>();
            for (int i = 0; i < result.handlers().size(); i++) {
                handlers.add(new DeclaredHandler(result.handlers().get(i), result.handlerModule(i)));
            }
            handlers.sort(ORDER);
            return handlers;
        }
    }

    public static void write(AnalysisResult result, String toolVersion, Path file) {
        ReportFiles.write(file, render(result, toolVersion));
    }

    public static void write(ReportInput input, Path file) {
        ReportFiles.write(file, render(input));
    }
}
