package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsExportTest {

    @Test
    void csvBytesAreMegabytesOfAMillionBytesAndTheLogNamesTheFunction() {
        RecordedUsage usage = Samples.read("insights/memory-by-function.csv");
        ReportRecord scientific = Samples.report(usage, "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
        assertEquals("orders-fn", scientific.function());
        assertEquals(NameSource.LOG_GROUP, scientific.nameSource());
        assertEquals(128, scientific.memorySizeMb());
        assertEquals(67, scientific.maxMemoryUsedMb());
        assertEquals(102.35, scientific.durationMs());
        assertEquals(103, scientific.billedDurationMs());
        assertEquals(412.77, scientific.initDurationMs());
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), scientific.timestamp());
        ReportRecord plain = Samples.report(usage, "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a");
        assertEquals("billing-fn", plain.function());
        assertEquals(1024, plain.memorySizeMb());
        assertEquals(119, plain.maxMemoryUsedMb());
        assertNull(plain.initDurationMs());
        assertEquals(121, Samples.report(usage, "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b").maxMemoryUsedMb());
    }

    @Test
    void aBadValueAndATruncatedRowAreProblemsOnTheirLines() {
        RecordedUsage usage = Samples.read("insights/memory-by-function.csv");
        assertEquals(4, usage.reports().size());
        assertEquals(List.of("6: @maxMemoryUsed is 'abc', not a number", "7: row has 4 fields, the header 8 (truncated?)"),
                Samples.problems(usage));
    }

    @Test
    void csvWithTheMessageTakesStatusFromItAndTheFunctionFromTheFileName() {
        RecordedUsage usage = Samples.read("insights/export-fn.csv");
        assertEquals(List.of(), usage.problems());
        ReportRecord timedOut = Samples.report(usage, "6b7c8d9e-0f1a-4b2c-9d4e-5f6a7b8c9d0e");
        assertEquals("export-fn", timedOut.function());
        assertEquals(Outcome.TIMEOUT, timedOut.outcome());
        assertEquals(3008, timedOut.memorySizeMb());
        assertEquals(2900, timedOut.maxMemoryUsedMb());
        FunctionUsage stats = usage.statistics().get("export-fn");
        assertEquals(2, stats.invocations());
        assertEquals(2, stats.timeouts());
    }

    @Test
    void consoleJsonExportWithStringAndNumberValues() {
        RecordedUsage usage = Samples.read("insights/results.json");
        assertEquals(List.of(), usage.problems());
        assertEquals(67, Samples.report(usage, "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e").maxMemoryUsedMb());
        ReportRecord numbers = Samples.report(usage, "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f");
        assertEquals(128, numbers.memorySizeMb());
        assertEquals(88, numbers.maxMemoryUsedMb());
        assertEquals(62, numbers.billedDurationMs());
    }

    @Test
    void getQueryResultsFieldValueRows() {
        RecordedUsage usage = Samples.read("insights/get-query-results.json");
        assertEquals(List.of(), usage.problems());
        ReportRecord r = Samples.report(usage, "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
        assertEquals("orders-fn", r.function());
        assertEquals(128, r.memorySizeMb());
        assertEquals(67, r.maxMemoryUsedMb());
    }
}
