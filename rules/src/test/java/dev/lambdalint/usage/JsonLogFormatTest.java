package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLogFormatTest {
    private final RecordedUsage usage = Samples.read("json-format/inventory-fn.jsonl");

    @Test
    void readsPlatformReportRecordsAndIgnoresTheOtherPlatformAndApplicationRecords() {
        assertEquals(3, usage.reports().size());
        ReportRecord cold = Samples.report(usage, "459921b5-681c-4a96-beb0-81e0aa586026");
        assertEquals(2599.4, cold.durationMs());
        assertEquals(2600, cold.billedDurationMs());
        assertEquals(128, cold.memorySizeMb());
        assertEquals(94, cold.maxMemoryUsedMb());
        assertEquals(549.04, cold.initDurationMs());
        assertEquals(Instant.parse("2022-10-21T14:05:05.766Z"), cold.timestamp());
        assertEquals("inventory-fn", cold.function());
    }

    @Test
    void statusBeforeMetricsReadsTheSame() {
        ReportRecord warm = Samples.report(usage, "6d9a0c3e-1f2b-4a5c-8d7e-9f0a1b2c3d4e");
        assertEquals(18.593, warm.durationMs());
        assertEquals(19, warm.billedDurationMs());
        assertNull(warm.initDurationMs());
        assertEquals(Outcome.SUCCESS, warm.outcome());
    }

    @Test
    void timeoutStatusCountsOnceThoughRuntimeDoneAlsoSaysIt() {
        assertEquals(Outcome.TIMEOUT, Samples.report(usage, "aec7a529-47f9-4090-be01-c9ed91bf83cf").outcome());
        assertEquals(1, usage.statistics().get("inventory-fn").timeouts());
    }

    @Test
    void outOfMemoryReportWithoutMetricsAndAJvmOutOfMemoryErrorBothCount() {
        List<AbnormalEnd> ooms = usage.abnormalEnds().stream().filter(e -> e.outcome() == Outcome.OUT_OF_MEMORY).toList();
        assertEquals(2, ooms.size());
        assertEquals("c0ffee00-1111-4222-8333-944455556666", ooms.get(0).requestId());
        assertEquals("7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b", ooms.get(1).requestId());
        assertEquals(2, usage.statistics().get("inventory-fn").outOfMemoryEnds());
    }

    @Test
    void aTruncatedRecordIsOneProblemOnItsLine() {
        assertEquals(List.of("10: invalid JSON in a platform.report record (truncated?)"), Samples.problems(usage));
    }
}
