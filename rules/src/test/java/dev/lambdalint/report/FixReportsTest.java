package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fixable finding in each report: SARIF {@code fixes}, the diff in the HTML, the JSON fix, the console line. */
class FixReportsTest {
    private static final String HANDLER = "src/main/java/com/acme/Handler.java";
    private static final String SOURCE = """
            package com.acme;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import java.util.Map;
            import software.amazon.awssdk.regions.Region;
            import software.amazon.awssdk.services.s3.S3Client;

            public class Handler implements RequestHandler<Map<String, String>, String> {
                @Override
                public String handleRequest(Map<String, String> event, Context context) {
                    S3Client fixed = S3Client.create();
                    S3Client perRegion = S3Client.builder().region(Region.of(event.get("region"))).build();
                    return fixed + "<&>" + perRegion;
                }
            }
            """;

    @TempDir
    Path dir;

    private AnalysisResult result;
    private Finding fixable;
    private Finding notFixable;

    @BeforeEach
    void analyze() throws IOException {
        Path file = dir.resolve(HANDLER);
        Files.createDirectories(file.getParent());
        Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
        result = LambdaLint.analyze(AnalysisRequest.of(dir, List.of(Path.of("src/main/java"))));
        assertEquals(2, result.findings().size(), () -> result.findings().toString());
        fixable = result.findings().get(0);
        notFixable = result.findings().get(1);
    }

    @Test
    void sarifCarriesTheFixAsArtifactChangesWithReplacementsAndStaysValid() throws IOException {
        String sarif = SarifReport.render(result, "1.0");
        JsonNode results = Json.MAPPER.readTree(sarif).path("runs").get(0).path("results");

        JsonNode fix = results.get(0).path("fixes").get(0);
        assertTrue(fix.path("description").path("text").asText().startsWith("Fixable with lambda-lint:fix: build "
                + "the S3Client once, in a new static final field S3_CLIENT of Handler"));
        JsonNode change = fix.path("artifactChanges").get(0);
        assertEquals(HANDLER, change.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", change.path("artifactLocation").path("uriBaseId").asText());
        JsonNode replacements = change.path("replacements");
        assertEquals(3, replacements.size(), "the field goes in with a blank line, the construction becomes the field");
        JsonNode insertion = replacements.get(0);
        assertEquals(9, insertion.path("deletedRegion").path("startLine").asInt());
        assertEquals(insertion.path("deletedRegion").path("startColumn"), insertion.path("deletedRegion")
                .path("endColumn"), "an insertion deletes nothing");
        assertEquals("\n    private static final S3Client S3_CLIENT = S3Client.create();",
                insertion.path("insertedContent").path("text").asText());
        assertEquals("\n", replacements.get(1).path("insertedContent").path("text").asText());
        JsonNode replace = replacements.get(2).path("deletedRegion");
        assertEquals(12, replace.path("startLine").asInt());
        assertEquals(26, replace.path("startColumn").asInt());
        assertEquals(43, replace.path("endColumn").asInt(), "the column after S3Client.create()");
        assertEquals("S3_CLIENT", replacements.get(2).path("insertedContent").path("text").asText());
        assertTrue(results.get(1).path("fixes").isMissingNode(), "no fix, no fixes");

        assertValid(sarif);
    }

    @Test
    void theReplacementsOfTheSarifFixMakeTheFixedFile() throws IOException {
        String sarif = SarifReport.render(result, "1.0");
        JsonNode replacements = Json.MAPPER.readTree(sarif).path("runs").get(0).path("results").get(0)
                .path("fixes").get(0).path("artifactChanges").get(0).path("replacements");
        StringBuilder text = new StringBuilder(SOURCE);
        for (int i = replacements.size() - 1; i >= 0; i--) {
            JsonNode region = replacements.get(i).path("deletedRegion");
            int offset = region.path("charOffset").asInt();
            text.replace(offset, offset + region.path("charLength").asInt(),
                    replacements.get(i).path("insertedContent").path("text").asText(""));
        }
        assertTrue(text.toString().contains("    private static final S3Client S3_CLIENT = S3Client.create();\n"));
        assertTrue(text.toString().contains("        S3Client fixed = S3_CLIENT;\n"));
    }

    @Test
    void htmlShowsTheDiffUnderTheFindingEscapedAndTheReasonWhenThereIsNoFix() {
        String html = HtmlReport.render(result, "1.0", "passes", Instant.EPOCH);

        assertTrue(html.contains("Fixable with <code>mvn lambda-lint:fix</code>: build the S3Client once"));
        assertTrue(html.contains("<div class=\"del\"><code>-        S3Client fixed &#61; S3Client.create();</code></div>"));
        assertTrue(html.contains("<div class=\"add\"><code>+        S3Client fixed &#61; S3_CLIENT;</code></div>"));
        assertTrue(html.contains("<div class=\"same\"><code> public class Handler implements RequestHandler"
                + "&lt;Map&lt;String, String&gt;, String&gt; {</code></div>"), "diff lines are escaped");
        assertTrue(html.contains("&quot;&lt;&amp;&gt;&quot;"), "the code's markup characters are escaped");
        assertTrue(html.contains("No automatic fix: it is built from per-invocation data (event)."));
        assertTrue(html.indexOf("S3_CLIENT") > html.indexOf(HANDLER + ":12:"), "the diff sits under its finding");
    }

    @Test
    void jsonSaysWhatTheFixDoesOrWhyThereIsNone() throws IOException {
        JsonNode findings = Json.MAPPER.readTree(JsonReport.render(result, "1.0")).path("findings");

        assertTrue(findings.get(0).path("fix").path("fixable").asBoolean());
        assertTrue(findings.get(0).path("fix").path("diff").asText().startsWith("diff --git a/" + HANDLER));
        assertFalse(findings.get(1).path("fix").path("fixable").asBoolean());
        assertEquals("it is built from per-invocation data (event)", findings.get(1).path("fix").path("reason")
                .asText());
    }

    @Test
    void theConsoleSaysWhichFindingsAreFixable() {
        assertEquals(ConsoleReport.FIXABLE_TEXT, ConsoleReport.lines(fixable, false, result.fixes()).get(2).strip());
        assertTrue(ConsoleReport.lines(notFixable, false, result.fixes()).stream()
                .noneMatch(l -> l.contains(ConsoleReport.FIXABLE_TEXT)));
        assertEquals(List.of("    via Handler.handleRequest", "    " + ConsoleReport.FIXABLE_TEXT),
                ConsoleReport.lines(fixable, false, result.fixes()).subList(1, 3));
    }

    private static void assertValid(String sarif) throws IOException {
        Schema schema;
        try (InputStream in = FixReportsTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }
}
