package dev.lambdalint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    private AnalysisResult result() throws IOException {
        Fixtures.writeSource(dir, Fixtures.HANDLER_PATH, Fixtures.HANDLER_SOURCE);
        return Fixtures.result(dir, Fixtures.clientFinding(Fixtures.CLIENT_LINE));
    }

    @Test
    void writesAllThreeReportsIntoANewDirectory() throws IOException {
        Path out = dir.resolve("target/lambda-lint");
        List<Path> written = ReportWriter.writeAll(result(), out, "1.2.3", "passes");

        assertEquals(List.of(out.resolve("lambda-lint.sarif"), out.resolve("report.html"),
                out.resolve("lambda-lint.json")), written);
        for (Path file : written) {
            assertTrue(Files.size(file) > 0, file + " written");
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("passes"));
    }

    @Test
    void sameInputAndTimeGiveIdenticalFiles() throws IOException {
        Instant time = Instant.parse("2024-01-01T00:00:00Z");
        List<Path> first = ReportWriter.writeAll(result(), dir.resolve("a"), "1.2.3", "passes", time);
        List<Path> second = ReportWriter.writeAll(result(), dir.resolve("b"), "1.2.3", "passes", time);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(-1L, Files.mismatch(first.get(i), second.get(i)), first.get(i).getFileName().toString());
        }
    }

    @Test
    void failureNamesTheFile() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve(ReportWriter.HTML_FILE));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ReportWriter.writeAll(result(), out, "1.2.3", "passes"));
        assertTrue(e.getMessage().contains(out.resolve(ReportWriter.HTML_FILE).toString()), e.getMessage());
    }

    @Test
    void unusableDirectoryIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ReportWriter.writeAll(result(), file, "1.2.3", "passes"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
