package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.UsageInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: its script runs without an error (none in the console, none caught by the page's
 * own error hook, and the page marks itself ready), the findings render, the filters work, values stay text, and a
 * screenshot of the example project's report lands in target/. Skipped, saying why, where Chromium is missing.
 */
class HtmlReportInBrowserTest {
    private static final Pattern FINDING = Pattern.compile("<article class=\"finding[^>]*>");
    private static final Path MODULE = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath();

    @TempDir
    Path work;

    private HeadlessChromium chromium;

    @BeforeAll
    static void needsChromium() {
        boolean available = HeadlessChromium.available();
        if (!available) {
            System.err.println("HtmlReportInBrowserTest skipped: no Chromium at " + HeadlessChromium.BINARY
                    + " (install the Debian package chromium; .ci/run does)");
        }
        assumeTrue(available, "no Chromium at " + HeadlessChromium.BINARY + ": install the Debian package chromium");
    }

    @BeforeEach
    void setUp() {
        chromium = new HeadlessChromium(work);
    }

    @Test
    void scriptRunsWithoutErrorsAndEveryFindingRenders() throws Exception {
        HeadlessChromium.Page page = chromium.dumpDom(fixtureReport(), "");

        assertRanCleanly(page);
        assertEquals(List.of(false, false, false), hiddenFlags(page.dom()), "all three findings shown");
        assertTrue(page.dom().contains("<span id=\"shown\">3</span>"), "the count the script wrote");
        assertFalse(page.dom().contains("<img"), "the hostile message is text, not an element");
        assertTrue(page.dom().contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"), "shown as text");
    }

    @Test
    void severityFilterFromTheUrlHidesTheOtherFindings() throws Exception {
        HeadlessChromium.Page page = chromium.dumpDom(fixtureReport(), "severity=warning");

        assertRanCleanly(page);
        // page order: the handler's two errors, then the parse-error warning outside handlers
        assertEquals(List.of(true, true, false), hiddenFlags(page.dom()));
        assertTrue(page.dom().contains("<span id=\"shown\">1</span>"));
        assertTrue(Pattern.compile("<section class=\"group\" id=\"[^\"]+\" hidden=\"\">").matcher(page.dom()).find(),
                "a group left empty is hidden");
        assertTrue(ruleDocHidden(page.dom(), "client-per-invocation"), "no doc for a rule with nothing shown");
        assertFalse(ruleDocHidden(page.dom(), "parse-error"));
    }

    @Test
    void ruleAndSeverityFiltersCombine() throws Exception {
        HeadlessChromium.Page page = chromium.dumpDom(fixtureReport(),
                "severity=error,warning&rule=client-per-invocation");

        assertRanCleanly(page);
        assertEquals(List.of(false, false, true), hiddenFlags(page.dom()));
        assertTrue(page.dom().contains("<span id=\"shown\">2</span>"));
    }

    @Test
    void brokenScriptIsNoticed() throws Exception {
        Path page = work.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>undefinedFunction();</script></body></html>");

        HeadlessChromium.Page dumped = chromium.dumpDom(page, "");

        assertTrue(dumped.console().stream().anyMatch(line -> line.contains("undefinedFunction")),
                "the error check sees script errors: " + dumped.console());
    }

    @Test
    void exampleProjectReportRendersAndIsPhotographed() throws Exception {
        Path example = MODULE.resolveSibling("examples").resolve("orders-service");
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(example, List.of(Path.of("src/main/java")))
                .withUsage(new UsageInput(List.of(Path.of("usage")), Map.of(), null, null, null)));
        Path html = work.resolve("orders-service/report.html");
        HtmlReport.write(ReportInput.of(result, "0.1.0", "The build fails: 3 findings at or above warning (2 errors, "
                + "1 warning).", Instant.parse("2025-01-15T09:30:00Z")), html);

        HeadlessChromium.Page page = chromium.dumpDom(html, "");
        assertRanCleanly(page);
        assertEquals(result.findings().size(), hiddenFlags(page.dom()).size());
        assertEquals(result.sizing().functions().size(), count(page.dom(), "<svg class=\"chart memory\""),
                "a memory chart per function with usage");
        assertEquals(result.sizing().functions().size(), count(page.dom(), "<svg class=\"chart durations\""));
        assertTrue(page.dom().contains("<rect class=\"bar peak-overprovisioned\""), "the invoice function's peak");
        assertTrue(page.dom().contains("<h2>Where to start</h2>"));
        assertTrue(page.dom().contains("data-rule=\"cold-start\""), "the create function's cold starts");
        assertTrue(page.dom().indexOf("<h2>Where to start</h2>") < page.dom().indexOf("<section class=\"group\""));

        HeadlessChromium.Page errorsOnly = chromium.dumpDom(html, "#severity=error");
        assertRanCleanly(errorsOnly);
        String dom = errorsOnly.dom();
        int invoice = dom.indexOf("<h2>com.example.orders.handlers.InvoiceHandler::handleRequest");
        assertTrue(invoice > 0, "the invoice function's group");
        String group = dom.substring(dom.lastIndexOf("<section", invoice), invoice);
        assertFalse(group.contains("hidden"), "its warning is filtered out, its memory section stays: " + group);

        Path png = MODULE.resolve("target/report-screenshot.png");
        // tall enough for the where-to-start list and the first two handlers: the invoice function's memory, then
        // the create function's client and cold start (the README shows this picture)
        List<String> console = chromium.screenshot(html, png, 1100, 2715);
        assertEquals(List.of(), console);
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 10_000, "a real picture, not an empty page: " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }

    private void assertRanCleanly(HeadlessChromium.Page page) {
        assertEquals(List.of(), page.console(), "no console messages: script errors and CSP refusals land there");
        Matcher html = Pattern.compile("<html[^>]*>").matcher(page.dom());
        assertTrue(html.find(), page.dom());
        assertFalse(html.group().contains("data-script-error"), "the page's error hook caught nothing: " + html.group());
        assertTrue(html.group().contains("data-report-ready=\"true\""), "the script ran to its end: " + html.group());
    }

    private Path fixtureReport() throws IOException {
        Fixtures.writeSource(work, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        Finding hostile = new Finding("client-per-invocation", Severity.ERROR, Fixtures.HANDLER_PATH, 5, 9,
                "bad " + Fixtures.XSS, Fixtures.HANDLER, List.of());
        AnalysisResult result = Fixtures.result(work, Fixtures.clientFinding(Fixtures.CLIENT_LINE), hostile,
                Fixtures.parseError());
        Path html = work.resolve("report.html");
        HtmlReport.write(ReportInput.of(result, "1.2.3", "The build fails.", Instant.parse("2025-01-15T09:30:00Z")),
                html);
        return html;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** Whether each finding is hidden, in page order. */
    private static List<Boolean> hiddenFlags(String dom) {
        List<Boolean> flags = new ArrayList<>();
        Matcher m = FINDING.matcher(dom);
        while (m.find()) {
            flags.add(m.group().contains(" hidden"));
        }
        return flags;
    }

    private static boolean ruleDocHidden(String dom, String ruleId) {
        Matcher m = Pattern.compile("<article class=\"rule-doc\" id=\"rule-" + ruleId + "\"[^>]*>").matcher(dom);
        assertTrue(m.find(), ruleId + " has a doc");
        return m.group().contains(" hidden");
    }
}
