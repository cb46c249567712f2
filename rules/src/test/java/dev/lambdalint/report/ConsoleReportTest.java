package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    @Test
    void findingWithChainIsCompilerStyleLineThenChain() {
        assertEquals(List.of(
                "src/main/java/com/acme/OrderHandler.java:[7,53] client-per-invocation: DynamoDbClient is built on "
                        + "every invocation of OrderHandler.handleRequest; build it once.",
                "    via OrderHandler.handleRequest -> OrderHandler.save"),
                ConsoleReport.lines(Fixtures.clientFinding(7)));
    }

    @Test
    void findingWithoutChainIsOneLine() {
        assertEquals(List.of("src/main/java/com/acme/Broken.java:[3,1] parse-error: Broken.java could not be parsed: "
                + "unexpected '{'."), ConsoleReport.lines(Fixtures.parseError()));
    }

    @Test
    void resultLinesFollowTheSortedFindings() {
        AnalysisResult result = Fixtures.result(Path.of("."), Fixtures.clientFinding(7), Fixtures.parseError());
        List<String> lines = ConsoleReport.lines(result);
        assertEquals(3, lines.size());
        assertEquals("src/main/java/com/acme/Broken.java:[3,1] parse-error: Broken.java could not be parsed: "
                + "unexpected '{'.", lines.get(0));
    }

    @Test
    void summaryCountsInPluralAndNamesTheReport() {
        Finding error = Fixtures.clientFinding(7);
        AnalysisResult result = new AnalysisResult(Path.of("."),
                List.of(error, Fixtures.clientFinding(8), Fixtures.clientFinding(9), Fixtures.parseError()),
                List.of("A::handleRequest", "B::handleRequest"), 41, 412);
        assertEquals("lambda-lint: 3 errors, 1 warning in 2 handlers (41 files, 0.4 s). "
                        + "Report: target/lambda-lint/report.html",
                ConsoleReport.summary(result, Path.of("target/lambda-lint/report.html")));
    }

    @Test
    void summaryInSingular() {
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(Fixtures.clientFinding(7)),
                List.of("A::handleRequest"), 1, 1250);
        assertEquals("lambda-lint: 1 error in 1 handler (1 file, 1.3 s).", ConsoleReport.summary(result, null));
    }

    @Test
    void summaryWithoutFindingsAndWithInfo() {
        AnalysisResult none = new AnalysisResult(Path.of("."), List.of(), List.of(), 0, 0);
        assertEquals("lambda-lint: no findings in 0 handlers (0 files, 0.0 s).", ConsoleReport.summary(none, null));

        Finding info = new Finding("unbounded-cache", Severity.INFO, "A.java", 1, 1, "m", null, List.of());
        AnalysisResult infos = new AnalysisResult(Path.of("."), List.of(info, info), List.of(), 2, 60);
        assertEquals("lambda-lint: 2 info in 0 handlers (2 files, 0.1 s).", ConsoleReport.summary(infos, null));
    }

    @Test
    void summaryCountsSuppressedFindings() {
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(), List.of("a.B::handleRequest"), 3, 200, 2);
        assertEquals("lambda-lint: no findings in 1 handler (3 files, 0.2 s, 2 suppressed).",
                ConsoleReport.summary(result, null));
    }

    @Test
    void summarySaysWhenTheCachedAnalysisWasReused() {
        AnalysisResult result = new AnalysisResult(Path.of("."), List.of(), List.of(), 3, 40, 0, true);
        assertEquals("lambda-lint: no findings in 0 handlers (3 files, 0.0 s, unchanged since the last run).",
                ConsoleReport.summary(result, null));
    }

    @Test
    void colouredLinesKeepTheTextAndPaintLocationRuleAndChain() {
        List<String> lines = ConsoleReport.lines(Fixtures.clientFinding(7), true);
        assertEquals("\u001B[1msrc/main/java/com/acme/OrderHandler.java:[7,53]\u001B[0m \u001B[31mclient-per-invocation"
                + "\u001B[0m: DynamoDbClient is built on every invocation of OrderHandler.handleRequest; build it once.",
                lines.get(0));
        assertEquals("    \u001B[2mvia OrderHandler.handleRequest -> OrderHandler.save\u001B[0m", lines.get(1));
        assertEquals(ConsoleReport.lines(Fixtures.clientFinding(7)),
                lines.stream().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "")).toList());
    }

    @Test
    void summarySaysHowManyTheBaselineAccepted() {
        AnalysisResult fresh = new AnalysisResult(Path.of("."), List.of(Fixtures.clientFinding(7)),
                List.of("A::handleRequest"), 3, 200, 1);
        assertEquals("lambda-lint: 1 error in 1 handler (3 files, 0.2 s, 1 suppressed, 4 baselined). "
                + "Report: r.html", ConsoleReport.summary(fresh, 4, Path.of("r.html"), false));
        assertEquals("lambda-lint: \u001B[31m1 error\u001B[0m in 1 handler (3 files, 0.2 s, 1 suppressed). "
                + "Report: \u001B[1mr.html\u001B[0m", ConsoleReport.summary(fresh, 0, Path.of("r.html"), true));
    }
}
