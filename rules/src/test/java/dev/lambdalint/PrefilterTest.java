package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The text pre-filter only saves memory: on every rule's sample the findings are the same without it. */
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
            AnalysisResult filtered = LambdaLint.analyze(request, true);
            AnalysisResult everything = LambdaLint.analyze(request, false);
            assertEquals(everything.findings(), filtered.findings());
            assertEquals(everything.handlers(), filtered.handlers());
        }));
    }
}
