package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lambdalint.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on the same input, one with one thread and one with four, write byte-identical SARIF and JSON (the HTML shows the run's duration). */
class DeterminismTest {
    @TempDir
    Path out;

    @Test
    void twoRunsWriteTheSameBytes() throws IOException {
        Path sample = Path.of("src/test/resources/samples/client-per-invocation").toAbsolutePath();
        AnalysisRequest request = AnalysisRequest.of(sample, List.of(sample));
        AnalysisResult first = LambdaLint.analyze(request.withThreads(1));
        AnalysisResult second = LambdaLint.analyze(request.withThreads(4));
        assertFalse(first.findings().isEmpty());
        ReportWriter.writeAll(first, out.resolve("first"), "test", "verdict", Instant.EPOCH);
        ReportWriter.writeAll(second, out.resolve("second"), "test", "verdict", Instant.EPOCH);
        for (String file : List.of(ReportWriter.SARIF_FILE, ReportWriter.JSON_FILE)) {
            assertArrayEquals(Files.readAllBytes(out.resolve("first").resolve(file)),
                    Files.readAllBytes(out.resolve("second").resolve(file)), file + " differs between two runs");
        }
    }
}
