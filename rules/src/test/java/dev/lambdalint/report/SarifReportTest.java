package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path baseDir;

    private JsonNode sarif(AnalysisResult result) throws IOException {
        return MAPPER.readTree(SarifReport.render(result, "1.2.3"));
    }

    private static JsonNode ruleById(JsonNode run, String id) {
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    @Test
    void describesToolAndEveryRule() throws IOException {
        JsonNode log = sarif(Fixtures.result(baseDir));
        assertEquals(SarifReport.SCHEMA, log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode run = log.path("runs").path(0);
        assertEquals("lambda-lint", run.at("/tool/driver/name").asText());
        assertEquals("1.2.3", run.at("/tool/driver/version").asText());
        assertTrue(run.at("/tool/driver/informationUri").asText().startsWith("https://"));

        JsonNode rule = ruleById(run, "client-per-invocation");
        assertEquals("ClientPerInvocation", rule.path("name").asText());
        assertFalse(rule.at("/shortDescription/text").asText().isBlank());
        assertTrue(rule.at("/fullDescription/text").asText().startsWith("An AWS SDK"));
        assertTrue(rule.at("/help/markdown").asText().contains("## Bad"));
        assertEquals(rule.at("/help/markdown"), rule.at("/help/text"));
        assertEquals("error", rule.at("/defaultConfiguration/level").asText());
        assertTrue(rule.at("/properties/tags").isArray());
        assertEquals("warning", ruleById(run, "parse-error").at("/defaultConfiguration/level").asText());
        assertEquals(0, run.path("results").size());
    }

    @Test
    void resultPointsAtTheFindingRelativeToSrcRoot() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        JsonNode run = sarif(Fixtures.result(baseDir, Fixtures.clientFinding(Fixtures.CLIENT_LINE))).path("runs")
                .path(0);

        String srcRoot = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertEquals(baseDir.toUri().toString(), srcRoot);
        assertTrue(srcRoot.startsWith("file:") && srcRoot.endsWith("/"), srcRoot);

        JsonNode result = run.path("results").path(0);
        assertEquals("client-per-invocation", result.path("ruleId").asText());
        assertEquals("client-per-invocation",
                run.at("/tool/driver/rules/" + result.path("ruleIndex").asInt() + "/id").asText());
        assertEquals("error", result.path("level").asText());
        assertEquals("DynamoDbClient is built on every invocation of OrderHandler.handleRequest; build it once.\n"
                + "via OrderHandler.handleRequest -> OrderHandler.save", result.at("/message/text").asText());
        JsonNode location = result.at("/locations/0/physicalLocation");
        assertEquals(Fixtures.HANDLER_PATH, location.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
        assertEquals(Fixtures.CLIENT_LINE, location.at("/region/startLine").asInt());
        assertEquals(Fixtures.CLIENT_COLUMN, location.at("/region/startColumn").asInt());

        JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
        assertEquals(2, steps.size());
        assertEquals("OrderHandler.handleRequest", steps.at("/0/location/message/text").asText());
        assertEquals(5, steps.at("/0/location/physicalLocation/region/startLine").asInt());
        assertEquals(Fixtures.HANDLER_PATH, steps.at("/1/location/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void aTemplateAboveTheModuleIsAPathThatResolvesAgainstSrcRoot() throws IOException {
        Path module = Files.createDirectories(baseDir.resolve("HelloWorldFunction"));
        JsonNode run = sarif(Fixtures.result(module, Fixtures.templateAbove(module))).path("runs").path(0);
        String uri = run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertEquals("../template.yaml", uri);
        java.net.URI srcRoot = java.net.URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertTrue(Files.isRegularFile(Path.of(srcRoot.resolve(uri))), srcRoot.resolve(uri).toString());
        assertFalse(run.at("/results/0/partialFingerprints").isEmpty(), "the template line is read for it");
    }

    /** GitHub code scanning reads a relative uri against the repository root, whatever the base id says. */
    @Test
    void aModuleBelowTheRepositoryRootIsNamedFromTheRoot() throws IOException {
        Path module = Files.createDirectories(baseDir.resolve("services/orders"));
        Fixtures.writeSource(module, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        Finding client = Fixtures.clientFinding(Fixtures.CLIENT_LINE);
        AnalysisResult inModule = Fixtures.result(module, client);
        JsonNode run = sarif(inModule.withRepositoryRoot(baseDir)).path("runs").path(0);

        assertEquals(baseDir.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        JsonNode result = run.path("results").path(0);
        String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertEquals("services/orders/" + Fixtures.HANDLER_PATH, uri);
        assertEquals("%SRCROOT%", result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        assertEquals("services/orders/" + Fixtures.HANDLER_PATH, result.at("/codeFlows/0/threadFlows/0/locations/1"
                + "/location/physicalLocation/artifactLocation/uri").asText(), "the call chain too");
        assertEquals(sarif(inModule).at("/runs/0/results/0/partialFingerprints"), result.path("partialFingerprints"),
                "the fingerprint is the finding's identity, wherever the file is named from");
        assertEquals(Fixtures.HANDLER_PATH, client.path(), "the finding keeps its path, relative to the module");
    }

    @Test
    void aTemplateAboveTheModuleIsNamedFromTheRepositoryRootWithoutGoingUp() throws IOException {
        Path module = Files.createDirectories(baseDir.resolve("HelloWorldFunction"));
        AnalysisResult result = Fixtures.result(module, Fixtures.templateAbove(module)).withRepositoryRoot(baseDir);
        JsonNode run = sarif(result).path("runs").path(0);
        String uri = run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText();
        assertEquals("template.yaml", uri, "as GitHub finds it in the checkout");
        java.net.URI srcRoot = java.net.URI.create(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertEquals(baseDir.resolve("template.yaml"), Path.of(srcRoot.resolve(uri)));
    }

    @Test
    void aRepositoryRootThatHoldsNotTheModuleIsIgnored() throws IOException {
        Path module = Files.createDirectories(baseDir.resolve("module"));
        Path elsewhere = Files.createDirectories(baseDir.resolve("elsewhere"));
        JsonNode run = sarif(Fixtures.result(module, Fixtures.templateAbove(module)).withRepositoryRoot(elsewhere))
                .path("runs").path(0);
        assertEquals(module.toUri().toString(), run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        assertEquals("../template.yaml",
                run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void infoIsNoteAndUnknownRuleHasNoIndex() throws IOException {
        Finding info = new Finding("memory-oversized", Severity.INFO, "template.yaml", 4, 3, "too much", null,
                List.of());
        JsonNode result = sarif(Fixtures.result(baseDir, info)).at("/runs/0/results/0");
        assertEquals("note", result.path("level").asText());
        assertTrue(result.path("ruleIndex").isMissingNode());
        assertTrue(result.path("codeFlows").isMissingNode());
        assertEquals("too much", result.at("/message/text").asText());
    }

    @Test
    void uriIsPercentEncoded() throws IOException {
        Finding odd = new Finding("parse-error", Severity.WARNING, "src/main/java/My Handler#2\u00e9.java", 1, 1,
                "m", null, List.of());
        assertEquals("src/main/java/My%20Handler%232%C3%A9.java",
                sarif(Fixtures.result(baseDir, odd)).at("/runs/0/results/0/locations/0/physicalLocation"
                        + "/artifactLocation/uri").asText());
    }

    @Test
    void theFingerprintHashesTheIdentityNotTheMessageOrPlace() throws IOException {
        Finding base = withIdentity(Fixtures.clientFinding(Fixtures.CLIENT_LINE),
                "client-per-invocation | com.acme.OrderHandler | save(Order) | DynamoDbClient.create()");
        String original = fingerprintOf(base);
        assertTrue(original.matches("[0-9a-f]{32}"), original);

        Finding moved = new Finding(base.ruleId(), base.severity(), base.path(), 12, 9, "another message, 40 MB",
                "com.acme.Other::handleRequest", List.of(), base.identity(), List.of());
        assertEquals(original, fingerprintOf(moved));
        assertNotEquals(original, fingerprintOf(withIdentity(base, base.identity().replace("create()", "builder()"))));
    }

    @Test
    void identicalAnchorsStayDistinctByTheirOccurrence() throws IOException {
        Finding first = withIdentity(Fixtures.clientFinding(7), "init-per-invocation | com.acme.A | m() | new X()");
        Finding second = withIdentity(Fixtures.clientFinding(8), first.identity() + " | #2");
        JsonNode results = sarif(Fixtures.result(baseDir, first, second)).at("/runs/0/results");
        assertNotEquals(results.at("/0/partialFingerprints/lambdaLint~1v2").asText(),
                results.at("/1/partialFingerprints/lambdaLint~1v2").asText());
    }

    @Test
    void twoWritesAreByteIdenticalWithLfEndings() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        AnalysisResult result = Fixtures.result(baseDir, Fixtures.clientFinding(Fixtures.CLIENT_LINE),
                Fixtures.parseError());
        Path first = baseDir.resolve("out/first.sarif");
        Path second = baseDir.resolve("out/second.sarif");
        SarifReport.write(result, "1.2.3", first);
        SarifReport.write(result, "1.2.3", second);
        byte[] bytes = Files.readAllBytes(first);
        assertArrayEquals(bytes, Files.readAllBytes(second));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("\n  \"version\": \"2.1.0\""), "pretty-printed");
    }

    @Test
    void carriesTheAutomationIdAndEachResultsBaselineState() throws IOException {
        Fixtures.writeSource(baseDir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        Finding accepted = Fixtures.parseError();
        AnalysisResult result = Fixtures.result(baseDir, Fixtures.clientFinding(Fixtures.CLIENT_LINE), accepted);
        ReportInput input = ReportInput.of(result, "1.2.3", null, null).withAutomationId("lambda-lint/orders/");

        JsonNode plain = MAPPER.readTree(SarifReport.render(input));
        assertEquals("lambda-lint/orders/", plain.at("/runs/0/automationDetails/id").asText());
        assertTrue(plain.at("/runs/0/results/0/baselineState").isMissingNode(), "no baseline, no state");

        JsonNode withBaseline = MAPPER.readTree(SarifReport.render(input.withBaselined(java.util.Set.of(accepted))));
        assertEquals("unchanged", withBaseline.at("/runs/0/results/0/baselineState").asText(), "Broken.java sorts first");
        assertEquals("new", withBaseline.at("/runs/0/results/1/baselineState").asText());
    }

    private String fingerprintOf(Finding finding) throws IOException {
        return sarif(Fixtures.result(baseDir, finding)).at("/runs/0/results/0/partialFingerprints")
                .path(SarifReport.FINGERPRINT_KEY).asText();
    }

    private static Finding withIdentity(Finding f, String identity) {
        return new Finding(f.ruleId(), f.severity(), f.path(), f.line(), f.column(), f.message(), f.handler(),
                f.callChain(), identity, List.of());
    }
}
