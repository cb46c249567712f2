package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The text pre-filter only saves work: on every rule's sample the findings are the same without it, except the
 * syntax errors of files it left unparsed (with parseAll, not even those).
 */
class PrefilterTest {
    @TestFactory
    Stream<DynamicTest> prefilterChangesNoFinding() throws IOException {
        List<Path> samples;
        try (Stream<Path> dirs = Files.list(Path.of("src/test/resources/samples"))) {
            samples = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        return samples.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Path base = dir.toAbsolutePath();
            AnalysisRequest request = AnalysisRequest.of(base, List.of(base));
            AnalysisResult everything = LambdaLint.analyze(request, false);
            AnalysisResult parsedAll = LambdaLint.analyze(request.withParseAll(true), true);
            assertEquals(everything.findings(), parsedAll.findings());
            assertEquals(everything.handlers(), parsedAll.handlers());
            AnalysisResult filtered = LambdaLint.analyze(request, true);
            assertEquals(withoutParseErrors(everything), withoutParseErrors(filtered));
            assertTrue(everything.findings().containsAll(filtered.findings()));
            assertEquals(everything.handlers(), filtered.handlers());
        }));
    }

    private static List<Finding> withoutParseErrors(AnalysisResult result) {
        return result.findings().stream().filter(f -> !f.ruleId().equals("parse-error")).toList();
    }
}
