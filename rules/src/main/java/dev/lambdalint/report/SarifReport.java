package dev.lambdalint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.check.RuleInfo;
import dev.lambdalint.check.Rules;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE viewers read it. Result paths are relative to the analysis base
 * directory through the {@code %SRCROOT%} base id. The output holds no timestamps, so two runs on the same input
 * are byte-identical.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/lambda-lint/lambda-lint";
    public static final String FINGERPRINT_KEY = "lambdaLint/v1";
    static final String SRCROOT = "%SRCROOT%";

    /** Line references inside messages: "line 22", "lines 3-4", "[15,27]", "Foo.java:22:5". */
    private static final Pattern LINE_REFERENCE = Pattern.compile(
            "(?i)\\b(lines?|col(?:umn)?s?)\\s+\\d+(?:\\s*[-,]\\s*\\d+)*"
            + "|\\[\\d+\\s*,\\s*\\d+]"
            + "|(?<=\\.java):\\d+(?::\\d+)?");

    private SarifReport() {
    }

    public static String render(AnalysisResult result, String toolVersion) {
        List<RuleInfo> rules = Rules.infos();
        SourceLines sources = new SourceLines(result.baseDir());

        ObjectNode run = Json.object();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "lambda-lint");
        driver.put("informationUri", INFORMATION_URI);
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> ruleNodes.add(rule(rule)));

        if (result.baseDir() != null) {
            run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(result.baseDir()));
        }
        ArrayNode results = run.putArray("results");
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : result.findings()) {
            String hash = fingerprint(finding, sources.line(finding.path(), finding.line()).orElse(""));
            // identical findings on identical lines would otherwise collapse into one alert
            int occurrence = occurrences.merge(hash, 1, Integer::sum);
            results.add(result(finding, indexOf(rules, finding.ruleId()), hash + ":" + occurrence));
        }
        run.put("columnKind", "utf16CodeUnits");

        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.putArray("runs").add(run);
        return Json.pretty(log);
    }

    public static void write(AnalysisResult result, String toolVersion, Path file) {
        ReportFiles.write(file, render(result, toolVersion));
    }

    /**
     * A hash of what identifies a finding apart from where it sits: rule, file, message without line numbers and
     * the trimmed text of the flagged line. Inserting lines above a finding leaves it unchanged.
     */
    static String fingerprint(Finding finding, String sourceLine) {
        String key = String.join("\u0000", finding.ruleId(), finding.path(),
                LINE_REFERENCE.matcher(finding.message()).replaceAll("$1"), sourceLine.trim());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = Json.object();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.summary());
        node.putObject("fullDescription").put("text", String.join("\n\n", Prose.paragraphs(rule.description())));
        ObjectNode help = node.putObject("help");
        help.put("text", rule.markdown());
        help.put("markdown", rule.markdown());
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ArrayNode tags = node.putObject("properties").putArray("tags");
        rule.tags().forEach(tags::add);
        return node;
    }

    private static ObjectNode result(Finding finding, int ruleIndex, String fingerprint) {
        ObjectNode node = Json.object();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex >= 0) {
            node.put("ruleIndex", ruleIndex);
        }
        node.put("level", level(finding.severity()));
        String text = finding.callChain().isEmpty()
                ? finding.message()
                : finding.message() + "\nvia " + finding.chainText();
        node.putObject("message").put("text", text);
        node.putArray("locations").addObject()
                .set("physicalLocation", physicalLocation(finding.path(), finding.line(), finding.column()));
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, fingerprint);
        if (!finding.callChain().isEmpty()) {
            ArrayNode steps = node.putArray("codeFlows").addObject()
                    .putArray("threadFlows").addObject()
                    .putArray("locations");
            for (CallStep step : finding.callChain()) {
                ObjectNode location = steps.addObject().putObject("location");
                location.set("physicalLocation", physicalLocation(step.path(), step.line(), 0));
                location.putObject("message").put("text", step.method());
            }
        }
        return node;
    }

    private static ObjectNode physicalLocation(String path, int line, int column) {
        ObjectNode node = Json.object();
        ObjectNode artifact = node.putObject("artifactLocation");
        artifact.put("uri", relativeUri(path == null ? "" : path));
        artifact.put("uriBaseId", SRCROOT);
        if (line >= 1) {
            ObjectNode region = node.putObject("region");
            region.put("startLine", line);
            if (column >= 1) {
                region.put("startColumn", column);
            }
        }
        return node;
    }

    private static int indexOf(List<RuleInfo> rules, String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    /** A SARIF uri is a URI reference, not a file path: spaces, '#' and non-ASCII characters are percent-encoded. */
    static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    static String directoryUri(Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}
