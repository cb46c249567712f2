package dev.lambdalint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String PATH = "src/main/java/com/acme/OrderHandler.java";
    private static final List<String> SOURCE = List.of(
            "package com.acme;",
            "class OrderHandler {",
            "    String handleRequest(Object in) {",
            "        DynamoDbClient ddb = DynamoDbClient.create();",
            "        S3Client s3 = S3Client.create();",
            "        return \"ok\";",
            "    }",
            "}");

    @TempDir
    Path baseDir;

    @Test
    void acceptedFindingsStillMatchAfterLinesAreInsertedAbove() throws IOException {
        write(SOURCE);
        Baseline baseline = Baseline.of(result(client("DynamoDbClient", 4)));

        List<String> edited = new ArrayList<>(SOURCE);
        edited.add(1, "import java.util.List;");
        edited.add(1, "import java.util.Map;");
        write(edited);
        BaselineMatch match = baseline.match(result(client("DynamoDbClient", 6), client("S3Client", 7)));

        assertEquals(List.of(client("DynamoDbClient", 6)), match.baselined());
        assertEquals(List.of(client("S3Client", 7)), match.fresh().findings(), "only the new one decides");
        assertEquals(List.of(), match.stale());
    }

    @Test
    void entriesThatNoLongerMatchAreStale() throws IOException {
        write(SOURCE);
        Baseline baseline = Baseline.of(result(client("DynamoDbClient", 4), client("S3Client", 5)));

        BaselineMatch match = baseline.match(result(client("S3Client", 5)));

        assertEquals(1, match.stale().size());
        assertTrue(match.stale().get(0).message().startsWith("DynamoDbClient"));
        assertEquals(List.of(), match.fresh().findings());
    }

    @Test
    void aSecondIdenticalFindingIsNew() throws IOException {
        write(List.of("a();", "a();"));
        Finding first = new Finding("init-per-invocation", Severity.WARNING, PATH, 1, 1, "m", null, List.of());
        Finding second = new Finding("init-per-invocation", Severity.WARNING, PATH, 2, 1, "m", null, List.of());

        BaselineMatch match = Baseline.of(result(first)).match(result(first, second));

        assertEquals(List.of(first), match.baselined());
        assertEquals(List.of(second), match.fresh().findings());
    }

    @Test
    void writtenFileReadsBackSortedWithTheSarifFingerprint() throws IOException {
        write(SOURCE);
        AnalysisResult result = result(client("S3Client", 5), client("DynamoDbClient", 4));
        Path file = baseDir.resolve(Baseline.FILE_NAME);
        Baseline.of(result).write(file);

        Baseline read = Baseline.read(file);
        assertEquals(Baseline.of(result).entries(), read.entries());
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(result, "1"));
        Set<String> sarifFingerprints = new HashSet<>();
        sarif.at("/runs/0/results").forEach(r -> sarifFingerprints.add(
                r.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText()));
        assertEquals(sarifFingerprints, read.entries().stream().map(BaselineEntry::fingerprint).collect(
                Collectors.toSet()), "one fingerprint for SARIF and the baseline");
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 1,"), text);
        assertEquals(read.entries(), Baseline.of(result(client("DynamoDbClient", 4), client("S3Client", 5)))
                .entries(), "the order of findings does not change the file");
    }

    @Test
    void aFileThatIsNoBaselineIsRefusedNamingIt() throws IOException {
        Path notJson = Files.writeString(baseDir.resolve("a.json"), "{ nope");
        Path otherJson = Files.writeString(baseDir.resolve("b.json"), "{\"findings\": 3}");

        assertTrue(assertThrows(IllegalArgumentException.class, () -> Baseline.read(notJson)).getMessage()
                .contains("a.json is not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Baseline.read(otherJson)).getMessage()
                .contains("b.json is not a lambda-lint baseline"));
    }

    private void write(List<String> lines) throws IOException {
        Path file = baseDir.resolve(PATH);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private AnalysisResult result(Finding... findings) {
        return new AnalysisResult(baseDir, List.of(findings), List.of("com.acme.OrderHandler::handleRequest"), 1, 5);
    }

    private static Finding client(String type, int line) {
        return new Finding("client-per-invocation", Severity.ERROR, PATH, line, 30,
                type + " is built on every invocation (line " + line + ").", "com.acme.OrderHandler::handleRequest",
                List.of(new CallStep("OrderHandler.handleRequest", PATH, line)));
    }
}
