package dev.lambdalint.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Finding;
import dev.lambdalint.report.Json;
import dev.lambdalint.report.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lambda-lint-baseline.json}: the findings a team accepted when it adopted lambda-lint, so that the check
 * fails only on new ones. A finding is matched by its identity ({@link Finding#identity()}: its rule and what it
 * points at, never its message, figures, line or the handlers that reach it), the same identity the SARIF
 * fingerprints hash; so moved lines, new usage records or another handler reaching an accepted finding keep it
 * accepted, and changing the flagged code makes it new.
 *
 * <pre>
 * {
 *   "schemaVersion": 2,
 *   "findings": [ {
 *     "ruleId": "client-per-invocation",
 *     "path": "src/main/java/com/acme/OrderHandler.java",
 *     "identity": "client-per-invocation | com.acme.OrderHandler | handleRequest(Order, Context) | DynamoDbClient.create()",
 *     "message": "DynamoDbClient is built on every invocation of …"
 *   } ]
 * }
 * </pre>
 *
 * Entries are sorted by path, rule and identity, so regenerating the file gives a small diff. Files of schema
 * version 1 (which matched by a hash of the message) are refused with a message saying to regenerate them.
 */
public final class Baseline {
    public static final String FILE_NAME = "lambda-lint-baseline.json";
    public static final int SCHEMA_VERSION = 2;

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::ruleId)
            .thenComparing(BaselineEntry::identity);

    private final List<BaselineEntry> entries;

    public Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    /** Every finding of the result, accepted. */
    public static Baseline of(AnalysisResult result) {
        return of(result.findings());
    }

    /** These findings, accepted. */
    public static Baseline of(Collection<Finding> findings) {
        return new Baseline(findings.stream()
                .map(f -> new BaselineEntry(f.ruleId(), f.path(), f.identity(), f.message())).toList());
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    public BaselineMatch match(AnalysisResult result) {
        Map<String, BaselineEntry> unmatched = new LinkedHashMap<>();
        entries.forEach(e -> unmatched.put(e.identity(), e));
        List<Finding> fresh = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : result.findings()) {
            (unmatched.remove(f.identity()) != null ? baselined : fresh).add(f);
        }
        AnalysisResult freshResult = result.withFindings(fresh, result.suppressed());
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
            node.put("identity", entry.identity());
            node.put("message", entry.message());
        }
        return Json.pretty(root);
    }

    public void write(Path file) {
        ReportFiles.write(file, render());
    }

    /** "lambda-lint: baseline of 3 findings written to lambda-lint-baseline.json; check now fails only on new …". */
    public String writtenMessage(Path shownAs) {
        int n = entries.size();
        return "lambda-lint: baseline of " + n + (n == 1 ? " finding" : " findings") + " written to " + shownAs
                + "; check now fails only on new findings. Commit the file.";
    }

    /**
     * @throws ConfigurationException naming the file when it cannot be read, or is no baseline this version
     *                                understands (an older schema version says to regenerate it)
     */
    public static Baseline read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
        int version = root == null ? 0 : root.path("schemaVersion").asInt();
        if (version >= 1 && version < SCHEMA_VERSION && root.path("findings").isArray()) {
            throw new ConfigurationException(file + " is a baseline of an earlier lambda-lint (schemaVersion "
                    + version + ", which matched findings by their message); this version matches them by identity "
                    + "(schemaVersion " + SCHEMA_VERSION + "). Re-run lambda-lint:baseline (lambda-lint:baseline-"
                    + "aggregate for an aggregate baseline) to rewrite it, then commit it.");
        }
        if (version != SCHEMA_VERSION || !root.path("findings").isArray()) {
            throw new ConfigurationException(file + " is not a lambda-lint baseline (schemaVersion "
                    + SCHEMA_VERSION + " with a findings array); regenerate it with lambda-lint:baseline");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode node : root.path("findings")) {
            if (!node.path("identity").isTextual() || node.path("identity").asText().isBlank()) {
                throw new ConfigurationException(file + ": a finding has no identity; regenerate the file with "
                        + "lambda-lint:baseline");
            }
            entries.add(new BaselineEntry(node.path("ruleId").asText(), node.path("path").asText(),
                    node.path("identity").asText(), node.path("message").asText("")));
        }
        return new Baseline(entries);
    }
}
