package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.outcome.Outcome;
import dev.lambdalint.outcome.Policy;
import dev.lambdalint.outcome.Stage;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.UsageFigures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which functions a finding belongs to, and the functions with findings ordered by what they cost. */
class WhereToStartTest {
    private static final String ORDERS = "com.acme.OrderHandler::handleRequest";
    private static final String REPORTS = "com.acme.ReportHandler::handleRequest";

    // template.yaml: Globals up to line 9, then the functions at lines 10, 20, 30 and 40
    private final FunctionFigures ordersApi = function("OrdersApi", ORDERS, 10, usage(2_000_000.0, 40.0));
    private final FunctionFigures ordersQueue = function("OrdersQueue", ORDERS, 20, usage(90_000.0, 3.5));
    private final FunctionFigures reports = function("Reports", REPORTS, 30, usage(null, null));
    private final FunctionFigures idle = function("Idle", "com.acme.IdleHandler::handleRequest", 40, null);
    private final SizingSummary sizing = new SizingSummary(true, List.of(ordersApi, ordersQueue, reports, idle),
            List.of(), List.of(), List.of());

    @Test
    void aFindingInCodeBelongsToEveryFunctionRunningItsHandler() {
        Finding client = code("client-per-invocation", ORDERS);
        assertEquals(List.of(ordersApi, ordersQueue), WhereToStart.functionsOf(client, sizing));
        // the template writes Outer$Inner, the model Outer.Inner: the same handler
        FunctionFigures nested = function("Nested", "com.acme.Outer$Inner::handleRequest", 10, usage(1.0, 1.0));
        assertEquals(List.of(nested), WhereToStart.functionsOf(code("init-per-invocation",
                "com.acme.Outer.Inner::handleRequest"), new SizingSummary(true, List.of(nested), List.of(), List.of(),
                List.of())));
    }

    @Test
    void aFindingAtATemplateSettingBelongsToTheFunctionWhoseBlockHoldsIt() {
        assertEquals(List.of(ordersQueue), WhereToStart.functionsOf(setting("memory-overprovisioned", ORDERS,
                "template.yaml", 23), sizing), "OrdersQueue's MemorySize, though OrdersApi runs the handler too");
        assertEquals(List.of(ordersApi), WhereToStart.functionsOf(setting("cold-start", ORDERS, "template.yaml", 10),
                sizing), "at the function itself");
        assertEquals(List.of(reports), WhereToStart.functionsOf(setting("timeout-risk", REPORTS, "template.yaml", 34),
                sizing));
        assertEquals(List.of(), WhereToStart.functionsOf(setting("timeout-risk", ORDERS, "template.yaml", 34), sizing),
                "the block at line 34 is Reports', which runs another handler");
        assertEquals(List.of(), WhereToStart.functionsOf(setting("cold-start", REPORTS, "other/template.yaml", 34),
                sizing), "another template");
    }

    @Test
    void aSettingAboveEveryFunctionBelongsToTheOneFunctionRunningTheHandlerIfThereIsOne() {
        assertEquals(List.of(reports), WhereToStart.functionsOf(setting("memory-overprovisioned", REPORTS,
                "template.yaml", 6), sizing), "SAM Globals, and Reports alone runs its handler");
        assertEquals(List.of(), WhereToStart.functionsOf(setting("memory-overprovisioned", ORDERS, "template.yaml", 6),
                sizing), "two functions run the orders handler: which one is not known");
    }

    @Test
    void noHandlerOrNoUsageIsNoFunction() {
        assertEquals(List.of(), WhereToStart.functionsOf(code("parse-error", null), sizing));
        assertEquals(List.of(), WhereToStart.functionsOf(code("client-per-invocation", "com.acme.IdleHandler::handleRequest"),
                sizing), "Idle has no usage");
    }

    @Test
    void theCostliestFunctionComesFirstAndOnesWithoutAMonthLast() {
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(code("client-per-invocation", REPORTS),
                code("init-per-invocation", ORDERS), setting("cold-start", REPORTS, "template.yaml", 30)),
                List.of(ORDERS, REPORTS), 3, 10, 0, false, sizing);

        List<WhereToStart.Entry> start = WhereToStart.of(result);

        assertEquals(List.of("OrdersApi", "OrdersQueue", "Reports"),
                start.stream().map(e -> e.function().function()).toList());
        assertEquals("2,000,000 invocations and $40.00 a month", start.get(0).traffic());
        assertEquals("1 warning", start.get(0).counts());
        assertEquals("120 recorded invocations (no times to scale to a month)", start.get(2).traffic());
        assertEquals("1 error, 1 info", start.get(2).counts());
        assertTrue(WhereToStart.of(new AnalysisResult(Path.of("."), result.findings(), result.handlers(), 3, 10))
                .isEmpty(), "no usage, nowhere to start");
    }

    @Test
    void theConsoleSaysWhereToStartAndHowManyInvocationsFailed() {
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(code("client-per-invocation", ORDERS)),
                List.of(ORDERS), 3, 10, 0, false, sizing);
        assertEquals(List.of("lambda-lint: recorded usage: 360 invocations of 3 functions, 6 errors (1.7%): OrdersApi 2 "
                        + "(1 timeout, 1 with Status: error), OrdersQueue 2 (1 timeout, 1 with Status: error), Reports 2 "
                        + "(1 timeout, 1 with Status: error).",
                "lambda-lint: where to start (the function that runs most has the most to gain): 1. OrdersApi, "
                        + "2,000,000 invocations and $40.00 a month: 1 error; 2. OrdersQueue, 90,000 invocations and "
                        + "$3.50 a month: 1 error."), ConsoleReport.usageLines(result));
        assertEquals(List.of(), ConsoleReport.usageLines(new AnalysisResult(Path.of("."), result.findings(),
                result.handlers(), 3, 10)), "nothing without usage");
    }

    @Test
    void theOutcomesLinesCountOnlyTheFindingsTheBaselineDoesNotHold() {
        Finding accepted = code("client-per-invocation", ORDERS);
        Finding added = setting("cold-start", REPORTS, "template.yaml", 31);
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(accepted, added), List.of(ORDERS, REPORTS),
                3, 10, 0, false, sizing);

        Outcome outcome = Stage.decide(result, RuleSettings.DEFAULTS, Policy.DEFAULT,
                Optional.of(Baseline.of(List.of(accepted))));

        assertEquals(ConsoleReport.usageLines(outcome.freshResult()), outcome.usageLines());
        // the baselined finding of OrdersApi and OrdersQueue is not where to start
        assertTrue(outcome.usageLines().get(1).endsWith("gain): 1. Reports, 120 recorded invocations (no times to scale to a "
                + "month): 1 info."),
                outcome.usageLines().toString());
    }

    @Test
    void theHtmlReportListsWhereToStartAndOrdersTheHandlersByIt() {
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(code("client-per-invocation", REPORTS),
                code("init-per-invocation", ORDERS)), List.of(REPORTS, ORDERS), 3, 10, 0, false, sizing);
        String html = HtmlReport.render(ReportInput.of(result, "1.0", "The build fails.", Instant.EPOCH));

        int list = html.indexOf("<h2>Where to start</h2>");
        assertTrue(list > 0 && list < html.indexOf("<section class=\"group\""), "at the top");
        assertTrue(html.contains("<li><a href=\"#group-com-acme-OrderHandler--handleRequest\"><code>OrdersApi</code></a>: "
                + "2,000,000 invocations and $40.00 a month; 1 finding (1 warning)</li>"), html);
        assertTrue(html.indexOf("<h2>" + ORDERS) < html.indexOf("<h2>" + REPORTS),
                "the orders handler runs in the costliest function: its group comes first, though listed second");
        assertTrue(html.contains("<section class=\"group\" id=\"group-com-acme-OrderHandler--handleRequest\">"));
        assertTrue(html.contains("<p class=\"traffic\">Runs in OrdersApi: 2,000,000 invocations and $40.00 a month; "
                + "OrdersQueue: 90,000 invocations and $3.50 a month.</p>"), html);
    }

    private static Finding code(String rule, String handler) {
        return new Finding(rule, rule.equals("init-per-invocation") ? Severity.WARNING : Severity.ERROR,
                "src/main/java/com/acme/X.java", 3, 5, "m", handler, List.of());
    }

    private static Finding setting(String rule, String handler, String path, int line) {
        return new Finding(rule, Severity.INFO, path, line, 3, "m", handler, List.of());
    }

    private static FunctionFigures function(String name, String handler, int line, UsageFigures usage) {
        return new FunctionFigures(name, handler, "template.yaml", line, null, List.of(), "x86_64", 512, "template", 30,
                usage);
    }

    private static UsageFigures usage(Double perMonth, Double monthlyCost) {
        return new UsageFigures(120, 200, 50, 90, 100, 120, 4, 1, 0, "fits", "fits", "fits", "fits", 512, false,
                monthlyCost, monthlyCost, "USD", null, List.of(), perMonth,
                new UsageFigures.ColdStartFigures(4, 0.0333, 4, 900, 1100, null, false), 1, 2, 0.0167);
    }
}
