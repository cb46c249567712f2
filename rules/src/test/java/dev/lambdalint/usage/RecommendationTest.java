package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationTest {
    private static final UsageThresholds DEFAULTS = UsageThresholds.defaults();

    private static Recommendation recommend(int configuredMb, int peakMb, List<AbnormalEnd> ends) {
        FunctionUsage usage = Usages.usage(Usages.same(60, "r", 100, configuredMb, peakMb), ends);
        return UsageVerdicts.recommend(usage, new FunctionSettings(configuredMb, 30, Architecture.X86_64), DEFAULTS)
                .orElseThrow();
    }

    @Test
    void roundsUpToSixtyFourMegabyteSteps() {
        assertEquals(256, UsageVerdicts.recommendedSize(204, 0.8));   // 255 -> 256
        assertEquals(320, UsageVerdicts.recommendedSize(205, 0.8));   // 256.25 -> 257 -> 320
        assertEquals(256, UsageVerdicts.recommendedSize(192, 0.75));  // exactly 256
        assertEquals(640, UsageVerdicts.recommendedSize(300, 0.5));   // 600 -> 640
    }

    @Test
    void staysWithinTheLambdaRange() {
        assertEquals(128, UsageVerdicts.recommendedSize(1, 0.8));
        assertEquals(128, UsageVerdicts.recommendedSize(90, 0.8));    // 112.5 -> 113 -> 128
        assertEquals(10_240, UsageVerdicts.recommendedSize(8192, 0.8));
        assertEquals(10_240, UsageVerdicts.recommendedSize(9000, 0.8));
    }

    @Test
    void saysWhenEvenTheLargestSizeLacksTheHeadroom() {
        assertFalse(recommend(10_240, 8192, List.of()).cappedAtMaximum());
        Recommendation capped = recommend(10_240, 8193, List.of());
        assertEquals(10_240, capped.recommendedMb());
        assertTrue(capped.cappedAtMaximum());
    }

    @Test
    void lowersAnOverProvisionedFunction() {
        Recommendation r = recommend(1024, 300, List.of());
        assertEquals(384, r.recommendedMb());   // 375 -> 384
        assertEquals(Recommendation.Change.DECREASE, r.change());
        assertEquals(300, r.peakMb());
        assertFalse(r.atLeast());
    }

    @Test
    void raisesAFunctionNearItsLimit() {
        Recommendation r = recommend(1024, 1023, List.of());
        assertEquals(1280, r.recommendedMb());  // 1278.75 -> 1279 -> 1280
        assertEquals(Recommendation.Change.INCREASE, r.change());
    }

    @Test
    void neverRecommendsTheSizeOrLessToAFunctionThatRanOutOfMemory() {
        Recommendation heap = recommend(1024, 600, List.of(Usages.end("o", Outcome.OUT_OF_MEMORY)));
        assertEquals(1088, heap.recommendedMb());   // 600 would give 768; at least one step above 1024
        assertTrue(heap.atLeast());
        Recommendation killed = recommend(1024, 1023, List.of(Usages.end("o", Outcome.OUT_OF_MEMORY)));
        assertEquals(1280, killed.recommendedMb());
        Recommendation largest = recommend(10_240, 10_239, List.of(Usages.end("o", Outcome.OUT_OF_MEMORY)));
        assertEquals(10_240, largest.recommendedMb());
        assertTrue(largest.cappedAtMaximum());
    }

    @Test
    void nothingToRecommendWithoutRecords() {
        assertTrue(UsageVerdicts.recommend(Usages.usage(List.of()), new FunctionSettings(512, 3, Architecture.ARM64),
                DEFAULTS).isEmpty());
    }
}
