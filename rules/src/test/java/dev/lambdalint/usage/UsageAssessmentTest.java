package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                UsageThresholds.defaults(), LambdaPricing.defaults(), Duration.ofHours(730));
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
