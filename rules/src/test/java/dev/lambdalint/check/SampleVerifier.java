package dev.lambdalint.check;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.sizing.UsageInput;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the engine on one rule's sample directory and compares its findings for that rule with the lines marked
 * {@code // Noncompliant} in Java, or {@code # Noncompliant} in a YAML template (optionally {@code {{text}}} that
 * the message or call chain must contain). Any marked line without a finding, and any finding on an unmarked line,
 * is a failure. A {@code sample.properties} may add configuration: {@code clientTypes}, {@code usage} (files or
 * directories of recorded usage), {@code functionNames} ({@code name=LogicalId}, comma-separated), {@code stackName}.
 */
public final class SampleVerifier {
    private static final Pattern MARK = Pattern.compile("//\\s*Noncompliant(.*)$");
    private static final Pattern TEMPLATE_MARK = Pattern.compile("#\\s*Noncompliant(.*)$");
    private static final Pattern EXPECTED_TEXT = Pattern.compile("\\{\\{(.+?)}}");
    public static final Path SAMPLES = Path.of("src/test/resources/samples");

    private SampleVerifier() {
    }

    /** Analyzes the sample and returns every mismatch, empty when the findings are exactly the marked ones. */
    public static List<String> verify(String ruleId) throws IOException {
        Path dir = SAMPLES.resolve(ruleId).toAbsolutePath();
        AnalysisResult result = LambdaLint.analyze(request(dir));
        Map<String, List<String>> expected = expectations(dir);
        Map<String, Finding> actual = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.ruleId().equals(ruleId)) {
                actual.merge(f.path() + ":" + f.line(), f, (a, b) -> a);
            }
        }
        List<String> problems = new ArrayList<>();
        expected.forEach((where, texts) -> {
            Finding finding = actual.get(where);
            if (finding == null) {
                problems.add("missing finding at " + where);
                return;
            }
            String shown = finding.message() + " via " + finding.chainText();
            for (String text : texts) {
                if (!shown.contains(text)) {
                    problems.add("finding at " + where + " lacks '" + text + "': " + shown);
                }
            }
        });
        actual.forEach((where, finding) -> {
            if (!expected.containsKey(where)) {
                problems.add("unexpected finding at " + where + ": " + finding.message() + " via "
                        + finding.chainText());
            }
        });
        return problems;
    }

    /** The analysis of a sample directory (or a copy of one), with the configuration its sample.properties adds. */
    public static AnalysisRequest request(Path dir) throws IOException {
        return new AnalysisRequest(dir, List.of(dir), List.of(), List.of(), configured(dir, "clientTypes"))
                .withUsage(usage(dir));
    }

    static Map<String, List<String>> expectations(Path dir) throws IOException {
        Map<String, List<String>> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(SampleVerifier::marked).sorted().toList()) {
                Pattern marker = file.toString().endsWith(".java") ? MARK : TEMPLATE_MARK;
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher mark = marker.matcher(lines.get(i));
                    if (mark.find()) {
                        List<String> texts = new ArrayList<>();
                        Matcher text = EXPECTED_TEXT.matcher(mark.group(1));
                        while (text.find()) {
                            texts.add(text.group(1));
                        }
                        expected.put(dir.relativize(file).toString().replace('\\', '/') + ":" + (i + 1), texts);
                    }
                }
            }
        }
        return expected;
    }

    private static boolean marked(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static UsageInput usage(Path dir) throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (String pair : configured(dir, "functionNames")) {
            String[] parts = pair.split("=", 2);
            names.put(parts[0].trim(), parts[1].trim());
        }
        List<String> stack = configured(dir, "stackName");
        return new UsageInput(configured(dir, "usage").stream().map(Path::of).toList(), names,
                stack.isEmpty() ? null : stack.get(0), null, null);
    }

    private static List<String> configured(Path dir, String key) throws IOException {
        Path file = dir.resolve("sample.properties");
        if (!Files.exists(file)) {
            return List.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String value = properties.getProperty(key, "");
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }
}
