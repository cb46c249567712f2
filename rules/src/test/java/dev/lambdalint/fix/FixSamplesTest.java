package dev.lambdalint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.check.SampleVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix, then analyze again, on a copy of every rule's sample: the fixed findings are gone and no new one appears, a second fix changes nothing, and every line outside the edits is kept byte
 * for byte.
 */
class FixSamplesTest {
    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> fixThenAnalyzeOnEachSample() throws IOException {
        List<Path> samples;
        try (Stream<Path> list = Files.list(SampleVerifier.SAMPLES)) {
            samples = list.filter(Files::isDirectory).sorted().toList();
        }
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(),
                () -> fixThenAnalyze(sample)));
    }

    private void fixThenAnalyze(Path sample) throws IOException {
        Path dir = copy(sample, temp.resolve(sample.getFileName()));
        AnalysisResult before = LambdaLint.analyze(SampleVerifier.request(dir));
        FixPlan plan = FixPlan.of(before, StandardCharsets.UTF_8);
        List<FindingFix> fixed = before.fixes().findings().stream().filter(FindingFix::fixable).toList();
        assertTrue(before.findings().stream().allMatch(f -> before.fixes().of(f).isPresent()),
                "every finding has a fix or a reason");

        plan.apply();
        AnalysisResult after = LambdaLint.analyze(SampleVerifier.request(dir));

        Map<String, Integer> expected = counts(before.findings());
        for (FindingFix fix : fixed) {
            Finding finding = before.findings().stream().filter(fix::isFor).findFirst().orElseThrow();
            expected.merge(key(finding), -1, Integer::sum);
        }
        // a fix may take another finding with it (a pool built once no longer gives "borrowed from a new pool")
        List<String> unexpected = new ArrayList<>();
        counts(after.findings()).forEach((key, n) -> {
            if (n > expected.getOrDefault(key, 0)) {
                unexpected.add(key);
            }
        });
        assertEquals(List.of(), unexpected, "after the fix: a fixed finding left, or a new finding");
        assertTrue(FixPlan.of(after, StandardCharsets.UTF_8).isEmpty(), "a second fix changes nothing");
        for (FixPlan.Change change : plan.changes()) {
            FileFix file = before.fixes().files().stream().filter(f -> f.path().equals(change.path()))
                    .findFirst().orElseThrow();
            assertKeptOutsideEdits(change, file.edits());
        }
    }

    /** The original lines no edit touches appear in the fixed file, in order and byte for byte. */
    static void assertKeptOutsideEdits(FixPlan.Change change, List<TextEdit> edits) {
        List<String> original = UnifiedDiff.lines(change.before());
        List<String> fixed = UnifiedDiff.lines(change.after());
        int offset = 0;
        int at = 0;
        for (String line : original) {
            int start = offset;
            int end = offset + line.length();
            offset = end;
            boolean touched = edits.stream().anyMatch(e -> e.length() > 0 ? e.offset() < end && e.end() > start
                    : e.offset() > start && e.offset() < end - lineEndLength(line));
            if (touched) {
                continue;
            }
            while (at < fixed.size() && !fixed.get(at).equals(line)) {
                at++;
            }
            assertTrue(at < fixed.size(), change.path() + ": the untouched line '" + line.strip()
                    + "' is missing or moved in the fixed file");
            at++;
        }
    }

    private static int lineEndLength(String line) {
        return line.endsWith("\r\n") ? 2 : line.endsWith("\n") || line.endsWith("\r") ? 1 : 0;
    }

    private static Map<String, Integer> counts(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(key(f), 1, Integer::sum));
        return counts;
    }

    /** A finding without its position, which the fix moves: rule, file, message and call chain. */
    private static String key(Finding finding) {
        return finding.ruleId() + " " + finding.path() + " " + finding.message() + " via " + finding.chainText();
    }

    private static Path copy(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target);
            }
        }
        return to;
    }
}
