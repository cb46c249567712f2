package dev.lambdalint.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching by identity, the file's form, and refusing files this version does not read. */
class BaselineTest {
    private static final String PATH = "src/main/java/com/acme/OrderHandler.java";
    private static final String DYNAMO = "client-per-invocation | com.acme.OrderHandler | handleRequest(Object) | "
            + "DynamoDbClient.create()";
    private static final String S3 = "client-per-invocation | com.acme.OrderHandler | handleRequest(Object) | "
            + "S3Client.create()";

    @TempDir
    Path baseDir;

    @Test
    void anAcceptedFindingMatchesWhateverItsLineMessageAndHandler() {
        Baseline baseline = Baseline.of(result(client(DYNAMO, 4, "built (line 4)", "com.acme.OrderHandler::handleRequest")));

        Finding moved = client(DYNAMO, 6, "built (line 6), also via RefundHandler", "com.acme.RefundHandler::handleRequest");
        Finding added = client(S3, 7, "built", "com.acme.OrderHandler::handleRequest");
        BaselineMatch match = baseline.match(result(moved, added));

        assertEquals(List.of(moved), match.baselined());
        assertEquals(List.of(added), match.fresh().findings(), "only the new one decides");
        assertEquals(List.of(), match.stale());
    }

    @Test
    void entriesThatNoLongerMatchAreStale() {
        Baseline baseline = Baseline.of(result(client(DYNAMO, 4, "DynamoDbClient built", null),
                client(S3, 5, "S3Client built", null)));

        BaselineMatch match = baseline.match(result(client(S3, 5, "S3Client built", null)));

        assertEquals(1, match.stale().size());
        assertEquals(DYNAMO, match.stale().get(0).identity());
        assertTrue(match.stale().get(0).message().startsWith("DynamoDbClient"));
        assertEquals(List.of(), match.fresh().findings());
    }

    @Test
    void aSecondFindingWithTheSameAnchorIsNew() {
        Finding first = client(DYNAMO, 4, "m", null);
        Finding second = client(DYNAMO + " | #2", 9, "m", null);

        BaselineMatch match = Baseline.of(result(first)).match(result(first, second));

        assertEquals(List.of(first), match.baselined());
        assertEquals(List.of(second), match.fresh().findings());
    }

    @Test
    void writtenFileReadsBackSortedWithTheIdentitiesSarifHashes() throws IOException {
        AnalysisResult result = result(client(S3, 5, "S3Client built", null), client(DYNAMO, 4, "Dynamo built", null));
        Path file = baseDir.resolve(Baseline.FILE_NAME);
        Baseline.of(result).write(file);

        Baseline read = Baseline.read(file);
        assertEquals(Baseline.of(result).entries(), read.entries());
        JsonNode sarif = new ObjectMapper().readTree(SarifReport.render(result, "1"));
        Set<String> sarifFingerprints = new HashSet<>();
        sarif.at("/runs/0/results").forEach(r -> sarifFingerprints.add(
                r.path("partialFingerprints").path(SarifReport.FINGERPRINT_KEY).asText()));
        Set<String> hashedIdentities = result.findings().stream()
                .filter(f -> read.entries().stream().anyMatch(e -> e.identity().equals(f.identity())))
                .map(Finding::fingerprint).collect(Collectors.toSet());
        assertEquals(sarifFingerprints, hashedIdentities, "SARIF hashes the identities the baseline holds");
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \"schemaVersion\": 2,"), text);
        assertTrue(text.contains("\"identity\": \"" + DYNAMO + "\""), text);
        assertEquals(read.entries(), Baseline.of(result(client(DYNAMO, 4, "Dynamo built", null),
                client(S3, 5, "S3Client built", null))).entries(), "the order of findings does not change the file");
    }

    @Test
    void aBaselineOfTheEarlierSchemaIsRefusedSayingToRegenerateIt() throws IOException {
        Path old = Files.writeString(baseDir.resolve("old.json"), "{\"schemaVersion\": 1, \"findings\": [{\"ruleId\": "
                + "\"client-per-invocation\", \"path\": \"" + PATH + "\", \"fingerprint\": \"0f3c:1\", \"message\": "
                + "\"m\"}]}");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Baseline.read(old));

        assertTrue(e.getMessage().contains("old.json is a baseline of an earlier lambda-lint (schemaVersion 1"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Re-run lambda-lint:baseline"), e.getMessage());
    }

    @Test
    void aFileThatIsNoBaselineIsRefusedNamingIt() throws IOException {
        Path notJson = Files.writeString(baseDir.resolve("a.json"), "{ nope");
        Path otherJson = Files.writeString(baseDir.resolve("b.json"), "{\"findings\": 3}");
        Path noIdentity = Files.writeString(baseDir.resolve("c.json"),
                "{\"schemaVersion\": 2, \"findings\": [{\"ruleId\": \"parse-error\"}]}");

        assertTrue(assertThrows(ConfigurationException.class, () -> Baseline.read(notJson)).getMessage()
                .contains("a.json is not valid JSON"));
        assertTrue(assertThrows(ConfigurationException.class, () -> Baseline.read(otherJson)).getMessage()
                .contains("b.json is not a lambda-lint baseline"));
        assertTrue(assertThrows(ConfigurationException.class, () -> Baseline.read(noIdentity)).getMessage()
                .contains("c.json: a finding has no identity"));
    }

    private AnalysisResult result(Finding... findings) {
        return new AnalysisResult(baseDir, List.of(findings), List.of("com.acme.OrderHandler::handleRequest"), 1, 5);
    }

    private static Finding client(String identity, int line, String message, String handler) {
        return new Finding("client-per-invocation", Severity.ERROR, PATH, line, 30, message, handler,
                List.of(new CallStep("OrderHandler.handleRequest", PATH, line)), identity, List.of());
    }
}
