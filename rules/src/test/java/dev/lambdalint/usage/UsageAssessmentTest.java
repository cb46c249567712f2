package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageAssessmentTest {

    @Test
    void everyVerdictOfAnOverProvisionedFunctionAtOnce() {
        List<ReportRecord> records = Usages.same(100, "r", 150, 2048, 300);
        UsageAssessment a = UsageAssessment.of(Usages.usage(records), new FunctionSettings(2048, 10, Architecture.ARM64),
                UsageThresholds.defaults().withSavings(0.20, 0.0003), LambdaPricing.defaults(), Duration.ofHours(730));
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED, a.memory().status());
        assertEquals(TimeoutVerdict.Status.FITS, a.timeout().status());
        assertEquals(384, a.recommendation().orElseThrow().recommendedMb());   // 300 / 0.8 = 375 -> 384
        // 2048 MB is more than one vCPU
        assertTrue(a.cpuBound().isPresent());
        MonthlyCost cost = a.monthlyCost().orElseThrow();
        // 100 * 0.15 s = 15 s; at 2 GB: 30 GB-s * $0.0000133334 = $0.000400002, + 100 * $0.0000002 = $0.00002
        assertEquals(0.000420002, cost.currentCost(), 1e-12);
        // at 384 MB = 0.375 GB: 5.625 GB-s * $0.0000133334 = $0.000075000375, + $0.00002
        assertEquals(0.000095000375, cost.recommendedCost(), 1e-15);
        assertEquals(List.of(), a.sizes());
        assertTrue(a.initCost().isEmpty(), "no INIT phase recorded");
        // the saving, $0.000325 a month, is below the default $1.00
        assertEquals(MemoryVerdict.Status.SMALL_SAVING, UsageAssessment.of(Usages.usage(records),
                new FunctionSettings(2048, 10, Architecture.ARM64), UsageThresholds.defaults(),
                LambdaPricing.defaults(), Duration.ofHours(730)).memory().status());
    }

    @Test
    void theInitPhasesArePricedAtTheFunctionsMemoryAsPartOfTheMonthTheyAreBilledIn() {
        List<ReportRecord> records = new ArrayList<>(Usages.same(90, "warm", 100, 1024, 300));
        for (int i = 0; i < 10; i++) {
            // billed = Duration + Init Duration, rounded up: INIT is billed (since 1 August 2025)
            records.add(cold("cold" + i, 100, 2000, 2100));
        }
        FunctionSettings settings = new FunctionSettings(512, 10, Architecture.X86_64);
        UsageAssessment a = UsageAssessment.of(Usages.usage(records), settings, UsageThresholds.defaults(),
                LambdaPricing.defaults(), Duration.ofMinutes(438));
        InitCost init = a.initCost().orElseThrow();
        // 10 INIT phases of 2 s in 7.3 hours, 100 times that a month: 2,000 s at 0.5 GB * $0.0000166667, no request charge
        assertEquals(0.0166667, init.monthly(), 1e-9);
        assertTrue(init.inBilledDuration());
        // the month counts each INIT once, inside the billed durations: (90 * 100 + 10 * 2100) ms * 100 at 0.5 GB
        assertEquals(30_000 / 1000.0 * 100 * 0.5 * 0.0000166667 + 100 * 100 * 0.0000002,
                a.monthlyCost().orElseThrow().currentCost(), 1e-9);

        List<ReportRecord> before = new ArrayList<>(Usages.same(90, "warm", 100, 1024, 300));
        before.add(cold("old", 100.4, 2000, 101)); // billed = Duration alone: recorded before INIT was billed
        assertFalse(UsageAssessment.of(Usages.usage(before), settings, UsageThresholds.defaults(),
                LambdaPricing.defaults(), Duration.ofMinutes(438)).initCost().orElseThrow().inBilledDuration());
    }

    private static ReportRecord cold(String id, double durationMs, double initMs, long billedMs) {
        return new ReportRecord("fn", NameSource.FILE_NAME, id, null, durationMs, billedMs, 512, 300, initMs, null,
                Outcome.SUCCESS, null);
    }

    @Test
    void withoutAWindowTheObservedSpanScalesTheCostAndWithoutTimesThereIsNoCost() {
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        List<ReportRecord> timed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            timed.add(Usages.at(Usages.record("t" + i, 100, 100, 1024, 100), t0.plus(Duration.ofHours(73L * i / 9))));
        }
        FunctionSettings settings = new FunctionSettings(1024, 3, Architecture.X86_64);
        UsageAssessment a = UsageAssessment.of(Usages.usage(timed), settings, UsageThresholds.defaults(),
                LambdaPricing.defaults(), null);
        // 10 invocations over 73 hours: a month is 10 times that
        assertEquals(100, a.monthlyCost().orElseThrow().invocationsPerMonth(), 1e-9);
        UsageAssessment untimed = UsageAssessment.of(Usages.usage(Usages.same(10, "u", 100, 1024, 100)), settings,
                UsageThresholds.defaults(), LambdaPricing.defaults(), null);
        assertTrue(untimed.monthlyCost().isEmpty());
    }
}
