package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionUsageTest {

    @Test
    void nearestRankPercentilesOfOneToAHundred() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add((double) i);
        }
        DurationSummary s = DurationSummary.of(values);
        assertEquals(100, s.count());
        assertEquals(50, s.p50());
        assertEquals(95, s.p95());
        assertEquals(99, s.p99());
        assertEquals(100, s.max());
        assertEquals(50.5, s.mean(), 1e-9);
    }

    @Test
    void percentilesOfFewValuesAreRecordedValues() {
        DurationSummary three = DurationSummary.of(List.of(30.0, 10.0, 20.0));
        assertEquals(20, three.p50());
        assertEquals(30, three.p95());
        DurationSummary one = DurationSummary.of(List.of(7.5));
        assertEquals(7.5, one.p50());
        assertEquals(7.5, one.p99());
        assertEquals(DurationSummary.NONE, DurationSummary.of(List.of()));
    }

    @Test
    void theRawSampleAddsUpAsComputedByHand() {
        FunctionUsage s = Samples.read("text/_aws_lambda_orders-fn.log").statistics().get("orders-fn");
        assertEquals(7, s.invocations());
        assertEquals(511, s.peakMaxMemoryUsedMb());
        // durations sorted: 46.84 100.00 198.50 237.17 2954.19 3000.00 3003.52; p50 = rank 4, p95 = p99 = rank 7
        assertEquals(237.17, s.duration().p50());
        assertEquals(3003.52, s.duration().p95());
        assertEquals(3003.52, s.duration().p99());
        assertEquals(3003.52, s.duration().max());
        // billed 200 + 47 + 300 + 200 + 3000 + 3004 + 2955 = 9706 ms at 512 MB = 9.706 s * 0.5 GB
        assertEquals(9706, s.billedDurationMs());
        assertEquals(4.853, s.billedGbSeconds(), 1e-9);
        assertEquals(3, s.coldStarts());
        assertEquals(156.08, s.startupDuration().p50());
        assertEquals(524.75, s.startupDuration().max());
        assertEquals(2, s.timeouts());
        assertEquals(2, s.outOfMemoryEnds());
    }

    @Test
    void initDurationsAreSummedApartFromRestoresAndTheirBillingIsRead() {
        List<ReportRecord> records = new ArrayList<>(Usages.same(6, "warm", 50, 1024, 300));
        records.add(startup("init-1", 1500.25, null, 1551));
        records.add(startup("init-2", 2500.5, null, 2551));
        records.add(startup("restore", null, 300.0, 120));
        FunctionUsage s = Usages.usage(records);
        assertEquals(3, s.coldStarts());
        assertEquals(2, s.initDuration().count());
        assertEquals(1500.25, s.initDuration().p50());
        assertEquals(2500.5, s.initDuration().p95());
        assertEquals(4000.75, s.initDurationMs(), 1e-9);
        assertEquals(2 / 9.0, s.initShare(), 1e-9, "2 INIT phases in 9 invocations");
        assertTrue(s.initBilled(), "billed 1,551 ms = 50 + 1,500.25 rounded up");
        assertFalse(Usages.usage(List.of(startup("old", 1500.25, null, 50))).initBilled());
        assertFalse(Usages.usage(Usages.same(3, "w", 50, 1024, 300)).initBilled(), "no INIT phase, nothing billed");
    }

    @Test
    void errorsAreTimeoutsOutOfMemoryEndsAndOtherErrorStatusesPerInvocation() {
        List<ReportRecord> records = new ArrayList<>(Usages.same(96, "ok", 50, 1024, 300));
        records.add(ended("t", Outcome.TIMEOUT));
        records.add(ended("e1", Outcome.ERROR));
        records.add(ended("e2", Outcome.ERROR));
        records.add(ended("oom", Outcome.OUT_OF_MEMORY));
        // the timeout's own line tells the same request again: counted once
        FunctionUsage s = Usages.usage(records, List.of(Usages.end("t", Outcome.TIMEOUT)));
        assertEquals(1, s.timeouts());
        assertEquals(1, s.outOfMemoryEnds());
        assertEquals(2, s.otherErrors());
        assertEquals(4, s.errors());
        assertEquals(0.04, s.errorRate(), 1e-12);
        assertEquals(0, Usages.usage(List.of()).errorRate());
        // hard kills with no REPORT: more errors than REPORTs, the rate stops at 1
        FunctionUsage killed = Usages.usage(List.of(), List.of(Usages.end("k1", Outcome.OUT_OF_MEMORY),
                Usages.end("k2", Outcome.OUT_OF_MEMORY)));
        assertEquals(1, killed.errorRate());
    }

    private static ReportRecord startup(String id, Double initMs, Double restoreMs, long billedMs) {
        return new ReportRecord("fn", NameSource.FILE_NAME, id, null, 50, billedMs, 1024, 300, initMs, restoreMs,
                Outcome.SUCCESS, null);
    }

    private static ReportRecord ended(String id, Outcome outcome) {
        return new ReportRecord("fn", NameSource.FILE_NAME, id, null, 50, 50, 1024, 300, null, null, outcome,
                outcome == Outcome.OUT_OF_MEMORY ? "Runtime.OutOfMemory" : null);
    }

    @Test
    void thePeakIsTheMaximumNotTheAverage() {
        FunctionUsage s = Usages.usage(List.of(Usages.record("a", 10, 10, 1024, 100),
                Usages.record("b", 10, 10, 1024, 900), Usages.record("c", 10, 10, 1024, 110)));
        assertEquals(900, s.peakMaxMemoryUsedMb());
    }

    @Test
    void eachMemorySizeGetsItsOwnFiguresInSizeOrder() {
        List<ReportRecord> records = new ArrayList<>(Usages.same(3, "big", 180, 1024, 300));
        records.addAll(Usages.same(2, "small", 400.5, 512, 290));
        FunctionUsage s = Usages.usage(records);
        assertTrue(s.ranAtSeveralSizes());
        assertEquals(List.of(512, 1024), s.sizes().stream().map(SizeUsage::memorySizeMb).toList());
        SizeUsage small = s.sizes().get(0);
        assertEquals(2, small.invocations());
        assertEquals(290, small.peakMaxMemoryUsedMb());
        assertEquals(400.5, small.duration().p50());
        assertEquals(802, small.billedDurationMs());
        assertEquals(401, small.meanBilledDurationMs());
        // 3 * 0.18 s * 1 GB + 2 * 0.401 s * 0.5 GB = 0.54 + 0.401
        assertEquals(0.941, s.billedGbSeconds(), 1e-9);
    }

    @Test
    void theSameRequestReadFromTwoExportsCountsOnce() {
        ReportRecord r = Usages.record("dup", 10, 10, 128, 60);
        FunctionUsage s = Usages.usage(List.of(r, r, Usages.record("other", 20, 20, 128, 70)));
        assertEquals(2, s.invocations());
        assertEquals(30, s.billedDurationMs());
    }

    @Test
    void endsWithoutARequestIdCountEach() {
        FunctionUsage s = Usages.usage(List.of(), List.of(Usages.end(null, Outcome.TIMEOUT),
                Usages.end(null, Outcome.TIMEOUT), Usages.end("x", Outcome.OUT_OF_MEMORY),
                Usages.end("x", Outcome.OUT_OF_MEMORY)));
        assertEquals(2, s.timeouts());
        assertEquals(1, s.outOfMemoryEnds());
        assertEquals(0, s.invocations());
    }

    @Test
    void theObservedSpanRunsFromTheFirstToTheLastTimedRecord() {
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        FunctionUsage s = Usages.usage(List.of(Usages.at(Usages.record("a", 1, 1, 128, 50), t0.plusSeconds(3600)),
                Usages.at(Usages.record("b", 1, 1, 128, 50), t0), Usages.record("c", 1, 1, 128, 50)));
        assertEquals(Duration.ofHours(1), s.observedSpan().orElseThrow());
        assertFalse(Usages.usage(List.of(Usages.record("a", 1, 1, 128, 50))).observedSpan().isPresent());
    }
}
