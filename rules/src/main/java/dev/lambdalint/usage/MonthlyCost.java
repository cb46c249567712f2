package dev.lambdalint.usage;

/**
 * The recorded invocations and billed durations, scaled from the window to a month (730 hours), priced at the
 * configured and at the recommended memory. The duration is assumed unchanged at the recommended size: optimistic
 * when it is lower, since CPU drops with memory.
 */
public record MonthlyCost(int currentMb, int recommendedMb, Architecture architecture, double invocationsPerMonth,
                          double currentCost, double recommendedCost, String currency) {

    /** Positive when the recommendation is cheaper. */
    public double savings() {
        return currentCost - recommendedCost;
    }
}
