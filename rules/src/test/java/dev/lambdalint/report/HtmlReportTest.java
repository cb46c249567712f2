package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.UsageFigures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final Instant GENERATED = Instant.parse("2024-05-01T12:30:00Z");
    private static final String VERDICT = "Build would fail: 2 findings at or above warning";

    @TempDir
    Path baseDir;

    private String render(AnalysisResult result) {
        return HtmlReport.render(result, "1.2.3", VERDICT, GENERATED);
    }

    private AnalysisResult sampleResult() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        return Fixtures.result(baseDir, Fixtures.clientFinding(Fixtures.CLIENT_LINE), Fixtures.parseError());
    }

    @Test
    void showsHeaderCountsAndEachFindingGroupedByHandler() throws IOException {
        String html = render(sampleResult());
        assertTrue(html.contains(VERDICT));
        assertTrue(html.contains("2024-05-01 12:30:00 UTC"));
        assertTrue(html.contains("2 findings in 2 handlers, 41 files analyzed."));
        assertTrue(html.contains("<b>1</b> Errors"));
        assertTrue(html.contains("<b>1</b> Warnings"));

        int handlerGroup = html.indexOf("<h2>" + Fixtures.HANDLER);
        int outsideGroup = html.indexOf("<h2>Outside handlers");
        int clientFinding = html.indexOf("<code>client-per-invocation</code> <span class=\"location\">"
                + Fixtures.HANDLER_PATH + ":7:53</span>");
        int parseFinding = html.indexOf("src/main/java/com/acme/Broken.java:3:1");
        assertTrue(handlerGroup >= 0 && handlerGroup < clientFinding && clientFinding < outsideGroup
                && outsideGroup < parseFinding, "findings sit under their handler, the rest under Outside handlers");
        assertTrue(html.contains("<code>com.acme.Quiet::handleRequest</code>"), "clean handlers are listed");

        assertTrue(html.contains("DynamoDbClient is built on every invocation"));
        assertTrue(html.contains("<li><code>OrderHandler.save</code> <span class=\"location\">"
                + Fixtures.HANDLER_PATH + ":7</span></li>"));
    }

    @Test
    void showsSourceAroundTheFindingWithItsLineHighlighted() throws IOException {
        String html = render(sampleResult());
        assertTrue(html.contains("<div class=\"line flagged\"><span class=\"ln\">7</span><code>    String save"));
        assertTrue(html.contains("<span class=\"ln\">4</span>"));
        assertTrue(html.contains("<span class=\"ln\">8</span>"));
        assertFalse(html.contains("<span class=\"ln\">3</span>"), "three lines of context, not more");
        // Broken.java does not exist: its finding renders without a snippet
        assertEquals(1, count(html, "<div class=\"snippet\">"));
    }

    @Test
    void showsTheLinesOfATemplateAboveTheModule() throws IOException {
        Path module = java.nio.file.Files.createDirectories(baseDir.resolve("HelloWorldFunction"));
        String html = render(Fixtures.result(module, Fixtures.templateAbove(module)));
        assertTrue(html.contains("../template.yaml"));
        assertTrue(html.contains("<div class=\"line flagged\"><span class=\"ln\">5</span><code>      MemorySize: 2048"),
                html);
    }

    @Test
    void explainsTheRuleWithExamplesAndSuppression() throws IOException {
        String html = render(sampleResult());
        assertTrue(html.contains("<article class=\"rule-doc\" id=\"rule-client-per-invocation\" "
                + "data-rule=\"client-per-invocation\">"));
        assertTrue(html.contains("<h3>Client built on every invocation <code>client-per-invocation</code></h3>"));
        assertTrue(html.contains("<p class=\"why\">Why it matters and how to fix it: "
                + "<a href=\"#rule-client-per-invocation\">Client built on every invocation</a></p>"));
        assertTrue(html.contains("<pre class=\"example bad\"><code>public class OrderHandler"));
        assertTrue(html.contains("DynamoDbClient ddb &#61; DynamoDbClient.create();   // new client"));
        assertTrue(html.contains("<pre class=\"example good\"><code>"));
        assertTrue(html.contains("private static final DynamoDbClient DDB &#61; DynamoDbClient.create();"));
        assertTrue(html.contains("<p class=\"suppress\">To suppress one finding: <code>"
                + "@SuppressWarnings(&quot;lambda-lint:client-per-invocation&quot;)</code> on an enclosing declaration, "
                + "or <code>// lambda-lint:ignore client-per-invocation the reason</code>"));
        assertFalse(html.contains("## Bad"), "no raw markdown");
        assertFalse(html.contains("```"), "no raw markdown");
    }

    @Test
    void explainsEachRuleOnceHoweverManyFindingsItHas() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        String html = render(Fixtures.result(baseDir, Fixtures.clientFinding(5), Fixtures.clientFinding(6),
                Fixtures.clientFinding(7), Fixtures.parseError()));

        assertEquals(1, count(html, "DynamoDbClient ddb &#61; DynamoDbClient.create();   // new client"),
                "client-per-invocation's bad example, once");
        assertEquals(1, count(html, "id=\"rule-client-per-invocation\""));
        assertEquals(1, count(html, "id=\"rule-parse-error\""));
        assertEquals(3, count(html, "<p class=\"why\">Why it matters and how to fix it: "
                + "<a href=\"#rule-client-per-invocation\">"), "each finding links to it");
    }

    @Test
    void marksBaselinedFindingsAndOffersABaselineFilter() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        Finding accepted = Fixtures.clientFinding(Fixtures.CLIENT_LINE);
        AnalysisResult result = Fixtures.result(baseDir, accepted, Fixtures.parseError());

        String html = HtmlReport.render(ReportInput.of(result, "1.2.3", VERDICT, GENERATED)
                .withBaselined(java.util.Set.of(accepted)));

        assertTrue(html.contains("data-baseline=\"baselined\""));
        assertTrue(html.contains("data-baseline=\"new\""));
        assertTrue(html.contains("<span class=\"badge baselined\">baselined</span>"));
        assertTrue(html.contains("<b>1</b> accepted by the baseline, <b>1</b> new"));
        assertTrue(html.contains("data-filter=\"baseline\" value=\"baselined\""));
        assertFalse(render(result).contains("data-filter=\"baseline\""), "no baseline filter without a baseline");
    }

    @Test
    void escapesEveryValueFromFindingsAndSources() throws IOException {
        List<String> source = new ArrayList<>(Fixtures.HANDLER_SOURCE);
        source.set(Fixtures.CLIENT_LINE - 1, "    String s = \"" + Fixtures.XSS + "\";");
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, source);
        Finding hostile = new Finding("client-per-invocation", dev.lambdalint.Severity.ERROR, Fixtures.HANDLER_PATH,
                Fixtures.CLIENT_LINE, 5, "bad " + Fixtures.XSS, Fixtures.XSS, List.of());

        String html = render(Fixtures.result(baseDir, hostile));

        assertFalse(html.contains(Fixtures.XSS));
        assertFalse(html.contains("<img"));
        assertEquals(1, count(html, "<script>"));
        assertEquals(1, count(html, "</script>"));
        String escaped = "&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;";
        assertEquals(3, count(html, escaped), "message, handler heading and source line, all escaped");
    }

    @Test
    void isSelfContained() throws IOException {
        String html = render(sampleResult());
        assertFalse(Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find());
        assertFalse(html.contains("http://"));
        assertFalse(html.contains("https://"));
        assertTrue(policy(html).startsWith("default-src 'none';"), "the policy itself forbids network loads");
    }

    @Test
    void policyAllowsExactlyTheInlineStyleAndScript() throws Exception {
        String html = render(sampleResult());
        String csp = policy(html);
        String script = group(html, "(?s)<script>(.*?)</script>");
        String style = group(html, "(?s)<style>(.*?)</style>");
        assertTrue(script.contains("addEventListener"));
        assertTrue(csp.contains("script-src '" + sha256(script) + "'"), csp);
        assertTrue(csp.contains("style-src '" + sha256(style) + "'"), csp);
    }

    @Test
    void templateNeverPrintsUnescapedValues() throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html.mustache")) {
            assertNotNull(in);
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(template.contains("{{{"));
            assertFalse(template.contains("{{&"));
            assertFalse(template.contains("http://") || template.contains("https://"));
        }
    }

    @Test
    void rendersAResultWithoutFindings() {
        String html = HtmlReport.render(new AnalysisResult(baseDir, List.of(), List.of(), 3, 10), "1.2.3", "passes",
                GENERATED);
        assertTrue(html.contains("passes"));
        assertTrue(html.contains("No findings."));
        assertTrue(html.contains("0 findings in 0 handlers, 3 files analyzed."));
    }

    @Test
    void eachFunctionShowsItsMemoryAndDurationsAsChartsOrSaysItHasNoUsage() {
        UsageFigures usage = new UsageFigures(1240, 230, 120.5, 290.25, 310, 1030.5, 12, 0, 0, "overprovisioned",
                "peak Max Memory Used 230 MB is 22.5% of the configured 1024 MB", "fits",
                "the longest invocation took 1030.50 ms", 320, false, 41.2, 12.87, "USD",
                "This function may be CPU-bound: " + Fixtures.XSS, List.of(
                new UsageFigures.SizeFigures(1024, 800, 230, 120.5, 200, 900, 0.0000036),
                new UsageFigures.SizeFigures(2048, 440, 228, 80.25, 150, 1030.5, 0.0000041)), 2_480_000.0,
                new UsageFigures.ColdStartFigures(12, 0.00968, 12, 1820.5, 2410.25, 0.61, true), 3, 3, 0.00242);
        FunctionFigures thumbnails = new FunctionFigures("ThumbnailFunction", Fixtures.HANDLER, "template.yaml", 12,
                "thumbnails" + Fixtures.XSS, List.of("thumbnails"), "arm64", 1024, "template", 3, usage);
        FunctionFigures idle = new FunctionFigures("IdleFunction", null, "template.yaml", 30, null, List.of(),
                "x86_64", 128, "template", 3, null);
        SizingSummary sizing = new SizingSummary(true, List.of(thumbnails, idle),
                List.of(new SizingSummary.UnmatchedUsage("old-fn" + Fixtures.XSS, 20)),
                List.of("no recorded usage for IdleFunction"), List.of("usage broken.log:3: invalid JSON"));
        AnalysisResult result = new AnalysisResult(baseDir, List.of(), List.of(Fixtures.HANDLER), 3, 10, 0, false,
                sizing);

        String html = render(result);

        assertTrue(html.contains("<h2>" + Fixtures.HANDLER), "a handler with a function section has its group");
        assertFalse(html.contains("<li><code>" + Fixtures.HANDLER + "</code></li>"), "so it is not listed as clean");
        assertTrue(html.contains("Function <code>ThumbnailFunction</code> <span class=\"location\">template.yaml:12"));
        assertEquals(1, count(html, "<svg class=\"chart memory\""));
        assertEquals(1, count(html, "<svg class=\"chart durations\""));
        assertTrue(html.contains(">1,024 MB</text>"), "configured");
        assertTrue(html.contains(">230 MB (22.5%)</text>"), "peak used, with its share");
        assertTrue(html.contains(">320 MB</text>"), "recommended");
        for (String duration : List.of(">120.50 ms</text>", ">290.25 ms</text>", ">310 ms</text>", ">1,031 ms</text>")) {
            assertTrue(html.contains(duration), duration);
        }
        assertTrue(html.contains("<line class=\"marker\""), "a 3 s timeout is drawn beside a 1 s maximum");
        assertTrue(html.contains("A month at the recorded traffic: $41.20 now, $12.87 at 320 MB"));
        assertTrue(html.contains("<td>2,048 MB</td>"), "the sizes the records ran with, compared");
        assertTrue(html.contains("<b>Cold starts:</b> 12 of 1,240 invocations (0.97%): Init Duration p50 1,821 ms, "
                + "p95 2,410 ms; the INIT phases cost $0.61 a month, included in the month&#39;s cost."), html);
        assertTrue(html.contains("<b>Errors:</b> 3 of 1,240 invocations (0.24%): 3 with Status: error."), html);
        assertTrue(html.contains("1,240 invocations (2,480,000 a month)"));
        assertTrue(html.contains("<p class=\"usage-summary\">1,240 invocations of 1 function, 3 errors (0.24%): "
                + "ThumbnailFunction 3 (3 with Status: error).</p>"), html);
        assertTrue(html.contains("<h2>Function IdleFunction"), "a function without a Java handler has its own group");
        assertTrue(html.contains("No usage data"));
        assertTrue(html.contains("usage broken.log:3: invalid JSON"));
        assertFalse(html.contains(Fixtures.XSS), "every value is escaped");
        assertTrue(html.contains("old-fn&lt;/script&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;"), html);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }

    /** The Content-Security-Policy as a browser reads it, after entity decoding of the attribute. */
    private static String policy(String html) {
        String attribute = group(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");
        return attribute.replace("&#39;", "'").replace("&#61;", "=").replace("&amp;", "&");
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
