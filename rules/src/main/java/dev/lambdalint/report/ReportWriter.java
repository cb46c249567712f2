package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes every report file of one analysis into one directory (usually {@code target/lambda-lint}). */
public final class ReportWriter {
    public static final String SARIF_FILE = "lambda-lint.sarif";
    public static final String HTML_FILE = "report.html";
    public static final String JSON_FILE = "lambda-lint.json";

    private ReportWriter() {
    }

    /**
     * Writes {@value #SARIF_FILE}, {@value #HTML_FILE} and {@value #JSON_FILE}, creating the directory.
     *
     * @param verdict the build outcome shown at the top of the HTML report, e.g. "passes"
     * @return the files written, in that order
     * @throws UncheckedIOException naming the file that could not be written
     */
    public static List<Path> writeAll(AnalysisResult result, Path outputDirectory, String toolVersion,
                                      String verdict) {
        return writeAll(result, outputDirectory, toolVersion, verdict, Instant.now());
    }

    /**
     * As {@link #writeAll(AnalysisResult, Path, String, String)}, with the time shown in the HTML report given, for
     * builds that must be reproducible (for example from {@code project.build.outputTimestamp}).
     */
    public static List<Path> writeAll(AnalysisResult result, Path outputDirectory, String toolVersion,
                                      String verdict, Instant generatedAt) {
        return writeAll(ReportInput.of(result, toolVersion, verdict, generatedAt), outputDirectory);
    }

    /** As {@link #writeAll(AnalysisResult, Path, String, String)}, with everything the reports show in one value. */
    public static List<Path> writeAll(ReportInput input, Path outputDirectory) {
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("lambda-lint could not create the report directory " + outputDirectory
                    + ": " + e.getMessage(), e);
        }
        Path sarif = outputDirectory.resolve(SARIF_FILE);
        Path html = outputDirectory.resolve(HTML_FILE);
        Path json = outputDirectory.resolve(JSON_FILE);
        SarifReport.write(input, sarif);
        HtmlReport.write(input, html);
        JsonReport.write(input, json);
        return List.of(sarif, html, json);
    }
}
