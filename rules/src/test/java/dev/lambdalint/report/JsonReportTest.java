package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.SourceModule;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.SizingSummary;
import dev.lambdalint.sizing.UsageFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    private final AnalysisResult result = new AnalysisResult(Path.of("."),
            List.of(Fixtures.clientFinding(Fixtures.CLIENT_LINE), Fixtures.parseError()),
            List.of("com.acme.Z::handleRequest", Fixtures.HANDLER), 41, 400);

    @Test
    void hasVersionedSchemaWithSummaryHandlersAndFindings() throws IOException {
        String text = JsonReport.render(result, "1.2.3");
        JsonNode json = new ObjectMapper().readTree(text);

        assertEquals(JsonReport.SCHEMA_VERSION, json.path("schemaVersion").asInt());
        assertEquals(3, JsonReport.SCHEMA_VERSION, "3: each handler an object with its module");
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
                List.of(json.at("/handlers/0/handler").asText(), json.at("/handlers/1/handler").asText()),
                "handlers sorted");
        assertTrue(json.at("/handlers/0/module").isNull(), "modules not told apart");

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
        assertEquals(0, client.path("functions").size(), "no usage, no function traffic");
        assertTrue(json.at("/summary/usage").isNull(), "no usage read");
        assertEquals(0, json.path("whereToStart").size());
    }

    @Test
    void functionsWithTheirUsageAndTheUnmatchedUsageHaveTheirSections() throws IOException {
        assertEquals(0, new ObjectMapper().readTree(JsonReport.render(result, "1.2.3")).path("functions").size(),
                "empty without usage");
        UsageFigures usage = new UsageFigures(1240, 500, 180.5, 290.25, 310, 1030.5, 12, 0, 2, "underprovisioned",
                "2 invocations ran out of memory", "fits", "the longest invocation took 1030.50 ms", 640, true, 12.4,
                15.5, "USD", null, List.of(), 2_480_000.0,
                new UsageFigures.ColdStartFigures(12, 0.00968, 12, 1820.5, 2410.25, 0.61, true), 3, 5, 0.00403);
        SizingSummary sizing = new SizingSummary(true, List.of(
                new FunctionFigures("OrdersFunction", Fixtures.HANDLER, "template.yaml", 17, "orders-prod",
                        List.of("orders-prod"), "x86_64", 512, "template", 30, usage),
                new FunctionFigures("IdleFunction", null, "template.yaml", 40, null, List.of(), "arm64", 128,
                        "template", 3, null)),
                List.of(new SizingSummary.UnmatchedUsage("old-batch-fn", 20)), List.of(), List.of());

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(new AnalysisResult(Path.of("."),
                result.findings(), result.handlers(), 41, 400, 0, false, sizing), "1.2.3"));

        assertEquals(3, json.path("schemaVersion").asInt());
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
        assertEquals(2_480_000, orders.at("/usage/invocationsPerMonth").asDouble());
        assertEquals(3, orders.at("/usage/otherErrors").asInt());
        assertEquals(5, orders.at("/usage/errors").asInt(), "2 out of memory, 3 other");
        assertEquals(0.00403, orders.at("/usage/errorRate").asDouble());
        JsonNode coldStart = orders.at("/usage/coldStart");
        assertEquals(12, coldStart.path("count").asInt());
        assertEquals(0.00968, coldStart.path("share").asDouble());
        assertEquals(12, coldStart.path("initCount").asInt());
        assertEquals(1820.5, coldStart.path("initP50Ms").asDouble());
        assertEquals(2410.25, coldStart.path("initP95Ms").asDouble());
        assertEquals(0.61, coldStart.path("initMonthlyCost").asDouble());
        assertTrue(coldStart.path("initInMonthlyCost").asBoolean());
        assertEquals(1, json.at("/summary/usage/functions").asInt());
        assertEquals(1240, json.at("/summary/usage/invocations").asInt());
        assertEquals(5, json.at("/summary/usage/errors").asInt());
        assertEquals(0.00403226, json.at("/summary/usage/errorRate").asDouble(), "5 / 1,240");

        // the client finding in OrderHandler's code runs in OrdersFunction: it carries its traffic
        JsonNode client = json.at("/findings/1");
        assertEquals("client-per-invocation", client.path("ruleId").asText());
        assertEquals("OrdersFunction", client.at("/functions/0/function").asText());
        assertEquals(2_480_000, client.at("/functions/0/invocationsPerMonth").asDouble());
        assertEquals(12.4, client.at("/functions/0/monthlyCost").asDouble());
        assertEquals(0, json.at("/findings/0/functions").size(), "the parse error is in no function");
        JsonNode start = json.at("/whereToStart/0");
        assertEquals("OrdersFunction", start.path("function").asText());
        assertEquals(12.4, start.path("monthlyCost").asDouble());
        assertEquals(1, start.path("findings").asInt());
        assertEquals(1, start.path("error").asInt());
        assertEquals(1, json.path("whereToStart").size());
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

    @Test
    void twoModulesDeclaringOneHandlerAreToldApartByTheirModule(@TempDir Path repo) throws IOException {
        for (String module : List.of("hello", "world")) {
            String client = module.equals("hello") ? "software.amazon.awssdk.services.s3.S3Client"
                    : "software.amazon.awssdk.services.sqs.SqsClient";
            write(repo.resolve(module + "/src/com/example/Handler.java"), """
                    package com.example;
                    import com.amazonaws.services.lambda.runtime.*;
                    public class Handler implements RequestHandler<String, String> {
                        public String handleRequest(String in, Context c) { return %s.create() + in; }
                    }
                    """.formatted(client));
        }
        AnalysisRequest request = AnalysisRequest.of(repo, List.of()).withModules(List.of(
                SourceModule.judged("com.example:world", List.of(Path.of("world/src")), List.of()),
                SourceModule.judged("com.example:hello", List.of(Path.of("hello/src")), List.of())));
        AnalysisResult aggregate = LambdaLint.analyze(request);

        JsonNode json = new ObjectMapper().readTree(JsonReport.render(aggregate, "1.2.3"));

        List<String> handlers = new ArrayList<>();
        json.path("handlers").forEach(h -> handlers.add(h.path("module").asText() + " " + h.path("handler").asText()));
        assertEquals(List.of("com.example:hello com.example.Handler::handleRequest",
                "com.example:world com.example.Handler::handleRequest"), handlers, "one handler per module, sorted");
        Map<String, String> moduleByPath = new TreeMap<>();
        json.path("findings").forEach(f -> {
            assertEquals("com.example.Handler::handleRequest", f.path("handler").asText());
            moduleByPath.put(f.path("path").asText(), f.path("module").asText());
        });
        assertEquals(Map.of("hello/src/com/example/Handler.java", "com.example:hello",
                "world/src/com/example/Handler.java", "com.example:world"), moduleByPath,
                "each finding names the module whose handler reaches it");
        List<String> identities = aggregate.findings().stream().map(Finding::identity).toList();
        List<String> jsonIdentities = new ArrayList<>();
        json.path("findings").forEach(f -> jsonIdentities.add(f.path("identity").asText()));
        assertEquals(identities, jsonIdentities, "the module is no part of the identity");
        assertTrue(identities.stream().noneMatch(i -> i.contains("com.example:")), identities.toString());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
