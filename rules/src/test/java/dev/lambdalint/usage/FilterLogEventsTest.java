package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterLogEventsTest {

    @Test
    void textMessagesWithTheirXrayPartAndTimestampsFromTheEvents() {
        RecordedUsage usage = Samples.read("filter-log-events/aws_lambda_checkout-fn.json");
        assertEquals(List.of(), usage.problems());
        assertEquals(4, usage.reports().size());
        ReportRecord cold = Samples.report(usage, "3a9c1e5b-7d2f-4b8e-a6c4-0e1f2a3b4c5d");
        assertEquals("checkout-fn", cold.function());
        assertEquals(812.44, cold.durationMs());
        assertEquals(201, cold.maxMemoryUsedMb());
        assertEquals(1893.12, cold.initDurationMs());
        assertEquals(Instant.parse("2026-03-02T10:00:00.900Z"), cold.timestamp());
        assertEquals(Outcome.ERROR, Samples.report(usage, "5f6e7d8c-9b0a-4f1e-8d2c-3b4a5f6e7d8c").outcome());
    }

    @Test
    void timeoutAndJvmOutOfMemoryEvents() {
        FunctionUsage stats = Samples.read("filter-log-events/aws_lambda_checkout-fn.json").statistics().get("checkout-fn");
        assertEquals(1, stats.timeouts());
        assertEquals(1, stats.outOfMemoryEnds());
        assertEquals(1, stats.otherErrors());
        assertEquals(251, stats.peakMaxMemoryUsedMb());
        assertEquals(Instant.parse("2026-03-02T10:00:00.900Z"), stats.firstSeen());
        assertEquals(Instant.parse("2026-03-02T11:00:00.050Z"), stats.lastSeen());
    }

    @Test
    void jsonLogFormatMessagesInsideEvents() {
        RecordedUsage usage = Samples.read("filter-log-events/search-fn.json");
        assertEquals(List.of(), usage.problems());
        ReportRecord restored = Samples.report(usage, "51a7d733-78b4-4260-a8a3-df475b1db8b9");
        assertEquals("search-fn", restored.function());
        assertEquals(2048, restored.memorySizeMb());
        assertEquals(412.0, restored.restoreDurationMs());
        assertTrue(restored.coldStart());
    }

    @Test
    void subscriptionPayloadsNameTheirFunctionByTheLogGroup() {
        RecordedUsage usage = Samples.read("subscription/payload.json");
        ReportRecord r = Samples.report(usage, "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
        assertEquals("notify-fn", r.function());
        assertEquals(NameSource.LOG_GROUP, r.nameSource());
        assertEquals(88, r.maxMemoryUsedMb());
        assertEquals(256, r.memorySizeMb());
    }
}
