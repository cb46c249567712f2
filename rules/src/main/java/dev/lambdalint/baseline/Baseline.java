package dev.lambdalint.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.report.Fingerprints;
import dev.lambdalint.report.Json;
import dev.lambdalint.report.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lambda-lint-baseline.json}: the findings a team accepted when it adopted lambda-lint, so that the check
 * fails only on new ones. A finding is matched by rule, path and the fingerprint SARIF uses too (see
 * {@link Fingerprints}), which survives lines moving within the file.
 *
 * <pre>
 * {
 *   "schemaVersion": 1,
 *   "findings": [ {
 *     "ruleId": "client-per-invocation",
 *     "path": "src/main/java/com/acme/OrderHandler.java",
 *     "fingerprint": "0f3c…:1",
 *     "message": "DynamoDbClient is built on every invocation of …"
 *   } ]
 * }
 * </pre>
 *
 * Entries are sorted by path, rule and fingerprint, so regenerating the file gives a small diff.
 */
public final class Baseline {
    public static final String FILE_NAME = "lambda-lint-baseline.json";
    public static final int SCHEMA_VERSION = 1;

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::fingerprint);

    private final List<BaselineEntry> entries;

    public Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    /** Every finding of the result, accepted. */
    public static Baseline of(AnalysisResult result) {
        List<String> fingerprints = Fingerprints.of(result);
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            entries.add(new BaselineEntry(f.ruleId(), f.path(), fingerprints.get(i), f.message()));
        }
        return new Baseline(entries);
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    public BaselineMatch match(AnalysisResult result) {
        Map<String, BaselineEntry> unmatched = new LinkedHashMap<>();
        entries.forEach(e -> unmatched.put(e.key(), e));
        List<String> fingerprints = Fingerprints.of(result);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            String key = new BaselineEntry(f.ruleId(), f.path(), fingerprints.get(i), null).key();
            (unmatched.remove(key) != null ? baselined : fresh).add(f);
        }
        AnalysisResult freshResult = new AnalysisResult(result.baseDir(), fresh, result.handlers(),
                result.filesAnalyzed(), result.durationMillis(), result.suppressed(), result.fromCache(),
                result.sizing());
        return new BaselineMatch(freshResult, baselined, new ArrayList<>(unmatched.values()));
    }

    public String render() {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : entries) {
            ObjectNode node = findings.addObject();
            node.put("ruleId", entry.ruleId());
            node.put("path", entry.path());
            node.put("fingerprint", entry.fingerprint());
            node.put("message", entry.message());
        }
        return Json.pretty(root);
    }

    public void write(Path file) {
        ReportFiles.write(file, render());
    }

    /**
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the file when it is no baseline this version understands
     */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.path("schemaVersion").asInt() != SCHEMA_VERSION || !root.path("findings").isArray()) {
            throw new IllegalArgumentException(file + " is not a lambda-lint baseline (schemaVersion "
                    + SCHEMA_VERSION + " with a findings array); regenerate it with lambda-lint:baseline");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode node : root.path("findings")) {
            entries.add(new BaselineEntry(node.path("ruleId").asText(), node.path("path").asText(),
                    node.path("fingerprint").asText(), node.path("message").asText("")));
        }
        return new Baseline(entries);
    }
}
