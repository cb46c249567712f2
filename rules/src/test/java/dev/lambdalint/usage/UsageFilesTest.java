package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageFilesTest {
    private static final String REPORT = "REPORT RequestId: 11111111-2222-4333-8444-555555555555\tDuration: 10.50 ms"
            + "\tBilled Duration: 11 ms\tMemory Size: 256 MB\tMax Memory Used: 80 MB\t";

    @TempDir
    Path dir;

    @Test
    void theFormatIsToldByContentNotByExtension() throws IOException {
        Path csv = copy("insights/memory-by-function.csv", "exported.txt");
        Path events = copy("filter-log-events/aws_lambda_checkout-fn.json", "checkout-fn.log");
        Path lines = copy("json-format/inventory-fn.jsonl", "inventory-fn.json");
        assertEquals(4, UsageFiles.readFile(csv).reports().size());
        assertEquals(4, UsageFiles.readFile(events).reports().size());
        assertEquals(3, UsageFiles.readFile(lines).reports().size());
    }

    @Test
    void aDirectoryIsReadInPathOrderLeavingHiddenFilesOut() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve("b/zeta-fn.log"), REPORT + "\n");
        Files.writeString(dir.resolve("alpha-fn.log"), REPORT.replace("1111", "9999") + "\n");
        Files.writeString(dir.resolve(".cache/ignored-fn.log"), REPORT + "\n");
        Files.writeString(dir.resolve(".hidden-fn.log"), REPORT + "\n");
        RecordedUsage usage = UsageFiles.read(List.of(dir));
        assertEquals(List.of("alpha-fn", "zeta-fn"), usage.reports().stream().map(ReportRecord::function).toList());
        assertEquals(List.of(), usage.problems());
    }

    @Test
    void theWholeSampleDirectoryReadsWithOnlyTheDeliberateProblems() {
        RecordedUsage usage = UsageFiles.read(List.of(Samples.path("text"), Samples.path("json-format"),
                Samples.path("filter-log-events"), Samples.path("insights"), Samples.path("subscription")));
        assertEquals(List.of("billing-fn", "checkout-fn", "export-fn", "inventory-fn", "notify-fn", "orders-fn",
                "payments-fn", "search-fn"), List.copyOf(usage.functions()));
        assertEquals(4, usage.problems().size(), usage.problems().toString());
    }

    @Test
    void unreadableFilesAreOneProblemEachAndTheOthersAreStillRead() throws IOException {
        Path gz = dir.resolve("orders-fn.log.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(REPORT.getBytes(StandardCharsets.UTF_8));
        }
        Path unrelated = Files.writeString(dir.resolve("notes.md"), "# release notes\n- faster checkout\n");
        Path empty = Files.writeString(dir.resolve("empty.log"), "");
        Path good = Files.writeString(dir.resolve("good-fn.log"), REPORT + "\n");
        Path missing = dir.resolve("missing.log");
        RecordedUsage usage = UsageFiles.read(List.of(gz, unrelated, empty, good, missing));
        assertEquals(1, usage.reports().size());
        List<String> problems = usage.problems().stream().map(UsageProblem::toString).toList();
        assertEquals(List.of(
                gz + ": binary or compressed file; unpack it to text first",
                unrelated + ": no REPORT records found (expected raw REPORT lines, JSON platform.report records, "
                        + "aws logs filter-log-events output or a Logs Insights export)",
                empty + ": no REPORT records found (expected raw REPORT lines, JSON platform.report records, "
                        + "aws logs filter-log-events output or a Logs Insights export)",
                missing + ": no such file or directory"), problems);
    }

    @Test
    void aJsonDocumentCutShortKeepsTheEventsBeforeTheCut() throws IOException {
        String whole = Files.readString(Samples.path("filter-log-events/aws_lambda_checkout-fn.json"));
        String cut = whole.substring(0, whole.indexOf("Task timed out"));
        Path file = Files.writeString(dir.resolve("checkout-fn.json"), cut);
        RecordedUsage usage = UsageFiles.readFile(file);
        assertEquals(2, usage.reports().size());
        assertEquals(1, usage.problems().size());
        UsageProblem problem = usage.problems().get(0);
        assertTrue(problem.message().startsWith("invalid JSON: "), problem.message());
        assertTrue(problem.message().endsWith("(the rest of this file is skipped)"), problem.message());
        assertTrue(problem.line() > 20, "line " + problem.line());
        assertTrue(!problem.message().contains("\n") && !problem.message().contains("at com."), problem.message());
    }

    @Test
    void byteOrderMarkAndWindowsLineEndings() throws IOException {
        Path file = Files.writeString(dir.resolve("bom-fn.log"), "\uFEFF" + REPORT + "\r\n" + REPORT.replace("1111", "2222")
                + "\r\n");
        RecordedUsage usage = UsageFiles.readFile(file);
        assertEquals(List.of(), usage.problems());
        assertEquals(2, usage.reports().size());
    }

    @Test
    void theFileNameLosesItsExtensionAndALogGroupPrefixWrittenWithAnySeparator() {
        assertEquals("orders-fn", FileNameHint.of(Path.of("_aws_lambda_orders-fn.log")));
        assertEquals("orders-fn", FileNameHint.of(Path.of("aws-lambda-orders-fn.json")));
        assertEquals("orders-fn", FileNameHint.of(Path.of("-aws-lambda-orders-fn.txt")));
        assertEquals("OrdersFunction", FileNameHint.of(Path.of("OrdersFunction.csv")));
        assertEquals("my-aws_lambda-tool", FileNameHint.of(Path.of("my-aws_lambda-tool.log")));
        assertEquals("orders-fn", FileNameHint.of(Path.of("orders-fn")));
    }

    private Path copy(String sample, String name) throws IOException {
        return Files.copy(Samples.path(sample), dir.resolve(name));
    }
}
