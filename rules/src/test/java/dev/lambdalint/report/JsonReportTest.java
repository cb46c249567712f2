package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.UsageFigures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private final AnalysisResult result = new AnalysisResult(Path.of("."),
            List.of(Fixtures.clientFinding(Fixtures.CLIENT_LINE), Fixtures.parseError()),
            List.of("com.acme.Z::handleRequest", Fixtures.HANDLER), 41, 400);

    @Test
    void hasVersionedSchemaWithSummaryHandlersAndFindings() throws IOException {
        String text = JsonReport.render(result, "1.2.3");
        JsonNode json = new ObjectMapper().readTree(text);

        assertEquals(1, json.path("schemaVersion").asInt());
        assertEquals("lambda-lint", json.at("/tool/name").asText());
        assertEquals("1.2.3", json.at("/tool/version").asText());
        assertEquals(2, json.at("/summary/findings").asInt());
        assertEquals(1, json.at("/summary/error").asInt());
        assertEquals(1, json.at("/summary/warning").asInt());
        assertEquals(0, json.at("/summary/info").asInt());
        assertEquals(2, json.at("/summary/handlers").asInt());
        assertEquals(41, json.at("/summary/filesAnalyzed").asInt());
        assertEquals(1, json.at("/summary/byRule/client-per-invocation").asInt());
        assertEquals(List.of(Fixtures.HANDLER, "com.acme.Z::handleRequest"),
                List.of(json.at("/handlers/0").asText(), json.at("/handlers/1").asText()), "handlers sorted");

        JsonNode parse = json.at("/findings/0");
        assertEquals("parse-error", parse.path("ruleId").asText());
        assertTrue(parse.path("handler").isNull());
        assertEquals(0, parse.path("callChain").size());

        JsonNode client = json.at("/findings/1");
        assertEquals("client-per-invocation", client.path("ruleId").asText());
        assertEquals("error", client.path("severity").asText());
        assertEquals(Fixtures.HANDLER_PATH, client.path("path").asText());
        assertEquals(Fixtures.CLIENT_LINE, client.path("line").asInt());
        assertEquals(Fixtures.CLIENT_COLUMN, client.path("column").asInt());
        assertEquals(Fixtures.HANDLER, client.path("handler").asText());
        assertEquals("OrderHandler.save", client.at("/callChain/1/method").asText());
        assertEquals(Fixtures.HANDLER_PATH, client.at("/callChain/1/path").asText());
        assertEquals(5, client.at("/callChain/0/line").asInt());
    }

    @Test
    void functionsWithTheirUsageAndTheUnmatchedUsageHaveTheirSections() throws IOException {
        assertEquals(0, new ObjectMapper().readTree(JsonReport.render(result, "1.2.3")).path("functions").size(),
                "empty without usage");
        UsageFigures usage = new UsageFigures(1240, 500, 180.5, 290.25, 310, 1030.5, 12, 0, 2, "underprovisioned",
                "2 invocations ran out of memory", "fits", "the longest invocation took 1030.50 ms", 640, true, 12.4,
                15.5, "USD", null, List.of(), 2_480_000.0,
                new UsageFigures.ColdStartFigures(12, 0.00968, 12, 1820.5, 2410.25, 0.61, true), 3, 7, 0.00565);
        SizingSummary sizing = new SizingSummary(true, List.of(
                new FunctionFigures("OrdersFunction", Fixtures.HANDLER, "template.yaml", 17, "orders-prod",
                        List.of("orders-prod"), "x86_64", 512, "template", 30, usage),
                new FunctionFigures("IdleFunction", null, "template.yaml", 40, null, List.of(), "arm64", 128,
                        "template", 3, null)),
                List.of(new SizingSummary.UnmatchedUsage("old-batch-fn", 20)), List.of(), List.of());

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(new AnalysisResult(Path.of("."),
                result.findings(), result.handlers(), 41, 400, 0, false, sizing), "1.2.3"));

        assertEquals(1, json.path("schemaVersion").asInt(), "new sections, the same version");
        JsonNode orders = json.at("/functions/0");
        assertEquals("OrdersFunction", orders.path("function").asText());
        assertEquals(Fixtures.HANDLER, orders.path("handler").asText());
        assertEquals("template.yaml", orders.path("path").asText());
        assertEquals(17, orders.path("line").asInt());
        assertEquals(512, orders.path("memoryMb").asInt());
        assertEquals(500, orders.at("/usage/peakMemoryMb").asInt());
        assertEquals(290.25, orders.at("/usage/durationMs/p95").asDouble());
        assertEquals("underprovisioned", orders.at("/usage/memory/status").asText());
        assertEquals(640, orders.at("/usage/recommendation/memoryMb").asInt());
        assertTrue(orders.at("/usage/recommendation/atLeast").asBoolean());
        assertEquals(12.4, orders.at("/usage/monthlyCost/current").asDouble());
        assertEquals("USD", orders.at("/usage/monthlyCost/currency").asText());
        assertTrue(json.at("/functions/1/usage").isNull(), "no usage, said as null");
        assertTrue(json.at("/functions/1/handler").isNull());
        assertEquals("old-batch-fn", json.at("/unmatchedUsage/0/name").asText());
        assertEquals(20, json.at("/unmatchedUsage/0/invocations").asInt());
    }

    @Test
    void isDeterministic() {
        String text = JsonReport.render(result, "1.2.3");
        assertEquals(text, JsonReport.render(new AnalysisResult(Path.of("elsewhere"), result.findings(),
                result.handlers(), 41, 9999), "1.2.3"), "neither duration nor base directory leak into the file");
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }
}
