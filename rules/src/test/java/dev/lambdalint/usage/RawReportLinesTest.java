package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawReportLinesTest {
    private final RecordedUsage usage = Samples.read("text/_aws_lambda_orders-fn.log");

    @Test
    void readsEveryCompleteReportAndNamesTheFunctionAfterTheFileWithoutTheLogGroupPrefix() {
        assertEquals(7, usage.reports().size());
        assertTrue(usage.reports().stream().allMatch(r -> r.function().equals("orders-fn")
                && r.nameSource() == NameSource.FILE_NAME));
    }

    @Test
    void tabSeparatedColdStart() {
        ReportRecord r = Samples.report(usage, "6bc28136-xmpl-4365-b021-0ce6b2e64ab0");
        assertEquals(198.50, r.durationMs());
        assertEquals(200, r.billedDurationMs());
        assertEquals(512, r.memorySizeMb());
        assertEquals(90, r.maxMemoryUsedMb());
        assertEquals(524.75, r.initDurationMs());
        assertTrue(r.coldStart());
        assertEquals(Outcome.SUCCESS, r.outcome());
    }

    @Test
    void straySpaceBeforeTheTab() {
        ReportRecord r = Samples.report(usage, "6234bffe-149a-b642-81ff-2e8e376d8aff");
        assertEquals(46.84, r.durationMs());
        assertEquals(47, r.billedDurationMs());
        assertEquals(512, r.memorySizeMb());
        assertEquals(72, r.maxMemoryUsedMb());
        assertNull(r.initDurationMs());
    }

    @Test
    void reorderedSpaceSeparatedFields() {
        ReportRecord r = Samples.report(usage, "f8ac1208-5d1e-4c2a-9b7e-3f0d2a1c9e44");
        assertEquals(48.26, r.initDurationMs());
        assertEquals(237.17, r.durationMs());
        assertEquals(300, r.billedDurationMs());
        assertEquals(126, r.maxMemoryUsedMb());
    }

    @Test
    void xrayOnTheNextLineIsNeitherARecordNorAProblem() {
        ReportRecord r = Samples.report(usage, "972f23e6-efab-4897-80a0-12b8f8a28190");
        assertEquals(100.00, r.durationMs());
        assertEquals(156.08, r.initDurationMs());
        assertTrue(usage.problems().stream().noneMatch(p -> p.line() == 8));
    }

    @Test
    void timeoutsCountOncePerRequestWhetherStatusOrLineOrBothTellIt() {
        assertEquals(Outcome.TIMEOUT, Samples.report(usage, "13222b1e-f16b-4550-89df-869ab0a9806d").outcome());
        assertEquals(Outcome.SUCCESS, Samples.report(usage, "0d2c44f1-8b7e-4f6a-a1c2-5e9f3b7d6a20").outcome());
        AbnormalEnd line = usage.abnormalEnds().stream()
                .filter(e -> "0d2c44f1-8b7e-4f6a-a1c2-5e9f3b7d6a20".equals(e.requestId())).findFirst().orElseThrow();
        assertEquals(Outcome.TIMEOUT, line.outcome());
        assertEquals(Instant.parse("2026-03-02T10:07:03Z"), line.timestamp());
        assertEquals(2, usage.statistics().get("orders-fn").timeouts());
    }

    @Test
    void outOfMemoryFromTheReportStatusAndFromTheRuntimeKillLine() {
        ReportRecord r = Samples.report(usage, "fa4e6a1f-083b-573d-ace2-090d2b00a3ac");
        assertEquals(Outcome.OUT_OF_MEMORY, r.outcome());
        assertEquals("Runtime.OutOfMemory", r.errorType());
        assertEquals(511, r.maxMemoryUsedMb());
        AbnormalEnd killed = usage.abnormalEnds().stream()
                .filter(e -> e.outcome() == Outcome.OUT_OF_MEMORY).findFirst().orElseThrow();
        assertEquals("43e50939ce8c", killed.requestId());
        assertEquals(2, usage.statistics().get("orders-fn").outOfMemoryEnds());
    }

    @Test
    void aTruncatedLineIsOneProblemWithItsLineAndTheRestIsRead() {
        assertEquals(List.of("17: REPORT record without Memory Size, Max Memory Used (truncated?)"),
                Samples.problems(usage));
        assertEquals("17", String.valueOf(usage.problems().get(0).line()));
        assertTrue(usage.problems().get(0).toString().endsWith("_aws_lambda_orders-fn.log:17: REPORT record without "
                + "Memory Size, Max Memory Used (truncated?)"));
    }

    @Test
    void snapStartRestoreDurationIsAColdStartAndBilledRestoreIsNotMistakenForIt() {
        RecordedUsage snap = Samples.read("text/payments-fn.txt");
        assertEquals(List.of(), snap.problems());
        assertEquals(3, snap.reports().size());
        ReportRecord tabs = Samples.report(snap, "b771fecc-1b53-4faf-922d-1d74357b1676");
        assertEquals(306.34, tabs.durationMs());
        assertEquals(610, tabs.billedDurationMs());
        assertEquals(511.25, tabs.restoreDurationMs());
        assertNull(tabs.initDurationMs());
        assertTrue(tabs.coldStart());
        ReportRecord spaces = Samples.report(snap, "24addd09-6e64-49fb-b187-94ba9b60b59a");
        assertEquals(127.10, spaces.durationMs());
        assertEquals(154, spaces.billedDurationMs());
        assertEquals(212, spaces.maxMemoryUsedMb());
        assertEquals(325.93, spaces.restoreDurationMs());
        assertEquals("payments-fn", spaces.function());
    }

    @Test
    void aLeadingTimestampAsAwsLogsTailPrintsItDatesTheRecord() {
        ReportRecord r = Samples.report(Samples.read("text/payments-fn.txt"), "5c1f7a2e-0b8d-4e3a-9f6c-2d7e1a4b8c90");
        assertEquals(Instant.parse("2026-03-02T11:00:00.123Z"), r.timestamp());
        assertEquals(21.40, r.durationMs());
        assertEquals(214, r.maxMemoryUsedMb());
    }
}
