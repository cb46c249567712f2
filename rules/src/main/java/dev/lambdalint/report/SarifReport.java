package dev.lambdalint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.check.RuleInfo;
import dev.lambdalint.check.Rules;
import dev.lambdalint.fix.FindingFix;
import dev.lambdalint.fix.TextEdit;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE viewers read it. Result paths are relative to the repository root
 * ({@link AnalysisResult#repositoryRoot()}, else the analysis base directory), with the {@code %SRCROOT%} base id
 * that {@code originalUriBaseIds} maps to that folder: GitHub code scanning reads every relative {@code uri} as
 * relative to the root of the repository it analyzed and does not read {@code originalUriBaseIds}, so a path
 * relative to a module below the root, or one going up with {@code ../}, would name no file there; viewers that
 * follow the SARIF specification resolve the same path through the base id. The output holds no timestamps, so two
 * runs on the same input are byte-identical. {@code partialFingerprints} hold a hash of each finding's identity
 * ({@link Finding#identity()}: its rule and what it points at, as the baseline matches it), so an alert keeps its
 * identity through moved lines, new figures or another handler reaching it. When a baseline is in use, each result says whether it is {@code new}
 * or {@code unchanged} (accepted by the baseline). A finding that {@code lambda-lint:fix} can fix carries the fix
 * as SARIF {@code fixes}, so that viewers can offer it.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/lambda-lint/lambda-lint";
    /** v1 hashed the message and the flagged line; v2 hashes the finding's identity. */
    public static final String FINGERPRINT_KEY = "lambdaLint/v2";
    static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {
    }

    public static String render(AnalysisResult result, String toolVersion) {
        return render(ReportInput.of(result, toolVersion, null, null));
    }

    public static String render(ReportInput input) {
        AnalysisResult result = input.result();
        String toolVersion = input.toolVersion();
        List<RuleInfo> rules = Rules.infos();

        ObjectNode run = Json.object();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "lambda-lint");
        driver.put("informationUri", INFORMATION_URI);
        if (toolVersion != null) {
            driver.put("version", toolVersion);
        }
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> ruleNodes.add(rule(rule)));

        Uris uris = Uris.of(result);
        if (uris.root() != null) {
            run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(uris.root()));
        }
        if (input.automationId() != null) {
            run.putObject("automationDetails").put("id", input.automationId());
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            ObjectNode node = result(finding, indexOf(rules, finding.ruleId()), uris);
            result.fixes().fixFor(finding).ifPresent(fix -> node.set("fixes", fixes(fix, uris)));
            if (input.baselineInUse()) {
                node.put("baselineState", input.isBaselined(finding) ? "unchanged" : "new");
            }
            results.add(node);
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

    public static void write(ReportInput input, Path file) {
        ReportFiles.write(file, render(input));
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

    private static ObjectNode result(Finding finding, int ruleIndex, Uris uris) {
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
                .set("physicalLocation", physicalLocation(uris.of(finding.path()), finding.line(), finding.column()));
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, finding.fingerprint());
        if (!finding.callChain().isEmpty()) {
            ArrayNode steps = node.putArray("codeFlows").addObject()
                    .putArray("threadFlows").addObject()
                    .putArray("locations");
            for (CallStep step : finding.callChain()) {
                ObjectNode location = steps.addObject().putObject("location");
                location.set("physicalLocation", physicalLocation(uris.of(step.path()), step.line(), 0));
                location.putObject("message").put("text", step.method());
            }
        }
        return node;
    }

    /** The fix as SARIF {@code fixes}: one artifact change, the replacements of its file, regions 1-based. */
    private static ArrayNode fixes(FindingFix fix, Uris uris) {
        ArrayNode fixes = Json.array();
        ObjectNode node = fixes.addObject();
        node.putObject("description").put("text", "Fixable with lambda-lint:fix: " + fix.description());
        ObjectNode change = node.putArray("artifactChanges").addObject();
        ObjectNode artifact = change.putObject("artifactLocation");
        artifact.put("uri", uris.of(fix.path()));
        artifact.put("uriBaseId", SRCROOT);
        ArrayNode replacements = change.putArray("replacements");
        for (TextEdit edit : fix.edits()) {
            ObjectNode replacement = replacements.addObject();
            ObjectNode region = replacement.putObject("deletedRegion");
            region.put("startLine", edit.startLine());
            region.put("startColumn", edit.startColumn());
            region.put("endLine", edit.endLine());
            region.put("endColumn", edit.endColumn());
            region.put("charOffset", edit.offset());
            region.put("charLength", edit.length());
            if (!edit.text().isEmpty()) {
                replacement.putObject("insertedContent").put("text", edit.text());
            }
        }
        return fixes;
    }

    private static ObjectNode physicalLocation(String uri, int line, int column) {
        ObjectNode node = Json.object();
        ObjectNode artifact = node.putObject("artifactLocation");
        artifact.put("uri", uri);
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

    /**
     * The SARIF uri of a path relative to the analysis base: relative to {@code root}, the repository root when the
     * base lies in it, else the base itself (as without a known repository).
     */
    record Uris(Path base, Path root) {
        static Uris of(AnalysisResult result) {
            Path base = result.baseDir() == null ? null : result.baseDir().toAbsolutePath().normalize();
            Path repository = result.repositoryRoot();
            return new Uris(base, base != null && repository != null && base.startsWith(repository) ? repository
                    : base);
        }

        String of(String path) {
            if (path == null || path.isEmpty()) {
                return "";
            }
            if (base == null || base.equals(root)) {
                return relativeUri(path);
            }
            Path relative = root.relativize(base.resolve(path).normalize());
            List<String> names = new ArrayList<>();
            relative.forEach(name -> names.add(name.toString()));
            return relativeUri(String.join("/", names));
        }
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
