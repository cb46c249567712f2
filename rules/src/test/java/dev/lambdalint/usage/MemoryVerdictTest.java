package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemoryVerdictTest {
    private static final UsageThresholds DEFAULTS = UsageThresholds.defaults();
    /** The headroom logic alone: any saving is worth a finding. */
    private static final UsageThresholds ANY_SAVING = DEFAULTS.withSavings(0, 0);

    private static MemoryVerdict verdict(int configuredMb, int invocations, int peakMb) {
        return verdict(configuredMb, invocations, peakMb, DEFAULTS);
    }

    @Test
    void underProvisionedOnlyAboveNinetyFivePercent() {
        assertEquals(MemoryVerdict.Status.FITS, verdict(1000, 60, 950).status());
        assertEquals(MemoryVerdict.Status.UNDERPROVISIONED, verdict(1000, 60, 951).status());
        assertEquals(MemoryVerdict.Status.FITS, verdict(1024, 60, 972).status());
        assertEquals(MemoryVerdict.Status.UNDERPROVISIONED, verdict(1024, 60, 973).status());
    }

    @Test
    void underProvisionedNeedsNoMinimumOfData() {
        MemoryVerdict one = verdict(512, 1, 500);
        assertEquals(MemoryVerdict.Status.UNDERPROVISIONED, one.status());
        assertEquals("peak Max Memory Used 500 MB is 97.7% of the configured 512 MB (above 95%)", one.explanation());
    }

    @Test
    void anyOutOfMemoryEndIsUnderProvisionedWhateverThePeak() {
        FunctionUsage usage = Usages.usage(Usages.same(100, "r", 100, 1024, 300),
                List.of(Usages.end("oom-1", Outcome.OUT_OF_MEMORY)));
        MemoryVerdict v = UsageVerdicts.memory(usage, new FunctionSettings(1024, 30, Architecture.ARM64), DEFAULTS);
        assertEquals(MemoryVerdict.Status.UNDERPROVISIONED, v.status());
        assertEquals(1, v.outOfMemoryEnds());
        assertEquals("1 invocation ran out of memory; peak Max Memory Used 300 MB is 29.3% of the configured 1024 MB",
                v.explanation());
    }

    @Test
    void overProvisionedWhenAStepSmallerStillKeepsTheEightyPercentHeadroom() {
        // 960 MB * 0.8 = 768 MB: 768 fits one 64-MB step down, 769 does not (769 / 0.8 = 961.25 -> 1024)
        MemoryVerdict over = verdict(1024, 50, 768, ANY_SAVING);
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED, over.status());
        assertEquals("peak Max Memory Used 768 MB is 75% of the configured 1024 MB (below 80%) over 50 invocations; "
                + "960 MB would do", over.explanation());
        MemoryVerdict fits = verdict(1024, 50, 769);
        assertEquals(MemoryVerdict.Status.FITS, fits.status());
        assertEquals("peak Max Memory Used 769 MB is 75.1% of the configured 1024 MB; no smaller size keeps 80% headroom",
                fits.explanation());
        assertEquals(MemoryVerdict.Status.FITS, verdict(1000, 50, 800).status());
    }

    @Test
    void overProvisionedNeedsFiftyInvocationsElseInsufficientData() {
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED, verdict(2048, 50, 300).status());
        MemoryVerdict few = verdict(2048, 49, 300);
        assertEquals(MemoryVerdict.Status.INSUFFICIENT_DATA, few.status());
        assertEquals("peak Max Memory Used 300 MB is 14.6% of the configured 2048 MB, but only 49 invocations were "
                + "recorded; at least 50 are needed to call it over-provisioned", few.explanation());
    }

    @Test
    void aLowPeakIsNoFindingWhenNoSmallerSizeKeepsTheHeadroom() {
        // 250 / 0.8 = 312.5 -> 313 -> 320 MB: the configured size already is the recommendation
        MemoryVerdict v = verdict(320, 100, 250);
        assertEquals(MemoryVerdict.Status.FITS, v.status());
        assertEquals(MemoryVerdict.Status.FITS, verdict(128, 100, 40).status());
    }

    @Test
    void noRecordsIsInsufficientData() {
        assertEquals(MemoryVerdict.Status.INSUFFICIENT_DATA, verdict(512, 0, 0).status());
    }

    @Test
    void thresholdsAreConfigurable() {
        UsageThresholds strict = new UsageThresholds(0.90, 0.50, 10, 0.80, 1000).withSavings(0, 0);
        assertEquals(MemoryVerdict.Status.UNDERPROVISIONED, verdict(1024, 10, 922, strict).status()); // > 921.6
        assertEquals(MemoryVerdict.Status.FITS, verdict(1024, 10, 921, strict).status());
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED, verdict(1024, 10, 480, strict).status()); // 960 * 0.5
        assertEquals(MemoryVerdict.Status.FITS, verdict(1024, 10, 481, strict).status());
        assertEquals(MemoryVerdict.Status.INSUFFICIENT_DATA, verdict(1024, 9, 480, strict).status());
    }

    @Test
    void aSavingOfLessThanAFifthOfTheMemoryIsNotWorthAFinding() {
        // the case: 1,024 MB peaking at 760 MB; 760 / 0.8 = 950 -> 960 MB, 6.25% less
        MemoryVerdict small = verdict(1024, 200, 760);
        assertEquals(MemoryVerdict.Status.SMALL_SAVING, small.status());
        assertEquals("peak Max Memory Used 760 MB is 74.2% of the configured 1024 MB (below 80%) over 200 invocations; "
                + "960 MB would do, but the saving, 6.3% of the memory, is below the 20% of the memory worth a change",
                small.explanation());
        // exactly a fifth: 1,280 MB peaking at 819 MB -> 1,024 MB (819 / 0.8 = 1,023.75)
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED, verdict(1280, 200, 819).status());
        assertEquals(MemoryVerdict.Status.SMALL_SAVING, verdict(1280, 200, 820).status()); // -> 1,088 MB, 15%
    }

    @Test
    void aSavingOfLessThanADollarAMonthIsNotWorthAFindingWhenTheMonthIsKnown() {
        FunctionUsage usage = Usages.usage(Usages.same(100, "r", 100, 2048, 300));
        FunctionSettings settings = new FunctionSettings(2048, 30, Architecture.X86_64);
        MonthlyCost cents = new MonthlyCost(2048, 384, Architecture.X86_64, 1000, 0.50, 0.10, "USD");
        MemoryVerdict small = UsageVerdicts.memory(usage, settings, DEFAULTS, Optional.of(cents));
        assertEquals(MemoryVerdict.Status.SMALL_SAVING, small.status());
        assertTrue(small.explanation().endsWith("384 MB would do, but the saving, 81.3% of the memory and $0.40 a month, "
                + "is below the $1.00 a month worth a change"), small.explanation());
        MonthlyCost dollars = new MonthlyCost(2048, 384, Architecture.X86_64, 1000, 1.20, 0.20, "USD");
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED,
                UsageVerdicts.memory(usage, settings, DEFAULTS, Optional.of(dollars)).status(), "exactly $1.00");
        MemoryVerdict both = UsageVerdicts.memory(Usages.usage(Usages.same(100, "r", 100, 1024, 760)),
                new FunctionSettings(1024, 30, Architecture.X86_64), DEFAULTS,
                Optional.of(new MonthlyCost(1024, 960, Architecture.X86_64, 1000, 0.16, 0.15, "USD")));
        assertTrue(both.explanation().endsWith("is below the 20% of the memory and the $1.00 a month worth a change"),
                both.explanation());
        // without times there is no month: the share alone decides
        assertEquals(MemoryVerdict.Status.OVERPROVISIONED, UsageVerdicts.memory(usage, settings, DEFAULTS).status());
    }

    private static MemoryVerdict verdict(int configuredMb, int invocations, int peakMb, UsageThresholds thresholds) {
        return UsageVerdicts.memory(Usages.usage(Usages.same(invocations, "r", 100, configuredMb, peakMb)),
                new FunctionSettings(configuredMb, 30, Architecture.X86_64), thresholds);
    }
}
