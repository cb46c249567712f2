package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostTest {
    private static final LambdaPricing PRICES = LambdaPricing.defaults();
    private static final Duration MONTH = Duration.ofHours(730);
    /** One million invocations of 200 ms each. */
    private static final FunctionUsage MILLION = Usages.totals(1_000_000, 200_000_000L, 300, 200, 400);

    @Test
    void theShippedPricesAreUsEast1OnDemandWithTheirSourceAndDate() {
        assertEquals(0.0000166667, PRICES.x86PerGbSecond());
        assertEquals(0.0000133334, PRICES.arm64PerGbSecond());
        assertEquals(0.20, PRICES.perMillionRequests());
        assertEquals("us-east-1", PRICES.region());
        assertEquals("USD", PRICES.currency());
        assertTrue(PRICES.source().contains("aws.amazon.com/lambda/pricing"), PRICES.source());
        assertTrue(PRICES.asOf().matches("\\d{4}-\\d{2}-\\d{2}"), PRICES.asOf());
    }

    @Test
    void aMonthOfRecordsPricedAtTheConfiguredAndTheRecommendedSize() {
        MonthlyCost cost = UsageVerdicts.monthlyCost(MILLION, new FunctionSettings(1024, 30, Architecture.X86_64), 512,
                PRICES, MONTH);
        // 200,000 s * 1 GB * $0.0000166667 = $3.33334, + 1M requests * $0.20/M = $3.53334
        assertEquals(3.53334, cost.currentCost(), 1e-9);
        // 200,000 s * 0.5 GB * $0.0000166667 = $1.666670, + $0.20
        assertEquals(1.86667, cost.recommendedCost(), 1e-9);
        assertEquals(1.66667, cost.savings(), 1e-9);
        assertEquals(1_000_000, cost.invocationsPerMonth(), 1e-6);
        assertEquals("USD", cost.currency());
    }

    @Test
    void arm64IsPricedLower() {
        MonthlyCost cost = UsageVerdicts.monthlyCost(MILLION, new FunctionSettings(1024, 30, Architecture.ARM64), 1024,
                PRICES, MONTH);
        // 200,000 GB-s * $0.0000133334 = $2.66668, + $0.20
        assertEquals(2.86668, cost.currentCost(), 1e-9);
        assertEquals(0, cost.savings(), 1e-12);
    }

    @Test
    void aTwoWeekWindowIsScaledToA730HourMonth() {
        MonthlyCost cost = UsageVerdicts.monthlyCost(MILLION, new FunctionSettings(1024, 30, Architecture.X86_64), 512,
                PRICES, Duration.ofDays(14));
        // 730 h / 336 h = 2.1726190476...; $3.53334 * 2.1726190476 = $7.6766017857
        assertEquals(7.6766017857, cost.currentCost(), 1e-9);
        // $1.86667 * 2.1726190476 = $4.0555627976
        assertEquals(4.0555627976, cost.recommendedCost(), 1e-9);
        assertEquals(2_172_619.0476, cost.invocationsPerMonth(), 1e-3);
    }

    @Test
    void theWindowMustBePositive() {
        FunctionSettings settings = new FunctionSettings(1024, 30, Architecture.X86_64);
        assertThrows(IllegalArgumentException.class,
                () -> UsageVerdicts.monthlyCost(MILLION, settings, 512, PRICES, Duration.ZERO));
    }

    @Test
    void sizesInTheWindowAreComparedByDurationAndCostPerInvocation() {
        List<ReportRecord> records = new ArrayList<>(Usages.same(10, "small", 400, 512, 290));
        records.addAll(Usages.same(10, "big", 180, 1024, 300));
        List<SizeCost> sizes = UsageVerdicts.compareSizes(Usages.usage(records), Architecture.X86_64, PRICES);
        assertEquals(List.of(512, 1024), sizes.stream().map(SizeCost::memorySizeMb).toList());
        // 0.4 s * 0.5 GB * $0.0000166667 + $0.0000002 = $0.00000353334
        assertEquals(0.00000353334, sizes.get(0).costPerInvocation(), 1e-15);
        // 0.18 s * 1 GB * $0.0000166667 + $0.0000002 = $0.000003200006
        assertEquals(0.000003200006, sizes.get(1).costPerInvocation(), 1e-15);
        assertEquals(180, sizes.get(1).duration().p50());
        assertEquals(10, sizes.get(1).invocations());
    }

    @Test
    void oneSizeIsNoComparison() {
        assertEquals(List.of(), UsageVerdicts.compareSizes(Usages.usage(Usages.same(5, "r", 10, 512, 100)),
                Architecture.X86_64, PRICES));
    }
}
