package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What identifies a finding apart from where it sits, so that it is recognised after unrelated edits: the SARIF
 * {@code partialFingerprints} and the baseline both use it.
 */
public final class Fingerprints {

    /** Line references inside messages: "line 22", "lines 3-4", "[15,27]", "Foo.java:22:5". */
    private static final Pattern LINE_REFERENCE = Pattern.compile(
            "(?i)\\b(lines?|col(?:umn)?s?)\\s+\\d+(?:\\s*[-,]\\s*\\d+)*"
            + "|\\[\\d+\\s*,\\s*\\d+]"
            + "|(?<=\\.java):\\d+(?::\\d+)?");

    private Fingerprints() {
    }

    /**
     * One fingerprint per finding, in the result's order: {@code <hash>:<n>}, where n counts the findings with the
     * same hash so far, because identical findings on identical lines would otherwise collapse into one.
     */
    public static List<String> of(AnalysisResult result) {
        SourceLines sources = new SourceLines(result.baseDir());
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(result.findings().size());
        for (Finding finding : result.findings()) {
            String hash = hash(finding, sources.line(finding.path(), finding.line()).orElse(""));
            fingerprints.add(hash + ":" + occurrences.merge(hash, 1, Integer::sum));
        }
        return fingerprints;
    }

    /**
     * A hash of the rule, the file, the message without line numbers and the trimmed text of the flagged line.
     * Inserting lines above a finding leaves it unchanged.
     */
    static String hash(Finding finding, String sourceLine) {
        String key = String.join("\u0000", finding.ruleId(), finding.path(),
                LINE_REFERENCE.matcher(finding.message()).replaceAll("$1"), sourceLine.trim());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
