package dev.lambdalint.usage;

/**
 * The thresholds of the verdicts, as shares of the configured value (0.95 = 95%).
 *
 * @param underprovisionedAbove peak Max Memory Used above this share of memory is under-provisioned
 * @param overprovisionedBelow peak below this share is over-provisioned; also the headroom the recommendation keeps
 * @param minInvocations fewer recorded invocations than this cannot show over-provisioning
 * @param timeoutRiskAbove a maximum duration above this share of the timeout is a timeout risk
 * @param cpuBoundMedianMs a median duration at least this long makes lowering memory a CPU question
 */
public record UsageThresholds(double underprovisionedAbove, double overprovisionedBelow, int minInvocations,
                              double timeoutRiskAbove, double cpuBoundMedianMs) {

    public UsageThresholds {
        if (!share(underprovisionedAbove) || !share(overprovisionedBelow) || !share(timeoutRiskAbove)) {
            throw new IllegalArgumentException("thresholds are shares between 0 (exclusive) and 1");
        }
        if (overprovisionedBelow >= underprovisionedAbove) {
            throw new IllegalArgumentException("the over-provisioned share (" + overprovisionedBelow
                    + ") must be below the under-provisioned share (" + underprovisionedAbove + ")");
        }
        if (minInvocations < 0 || cpuBoundMedianMs < 0) {
            throw new IllegalArgumentException("minInvocations and cpuBoundMedianMs cannot be negative");
        }
    }

    /** 95%, 80%, 50 invocations, 80% of the timeout, a 1-second median. */
    public static UsageThresholds defaults() {
        return new UsageThresholds(0.95, 0.80, 50, 0.80, 1000);
    }

    private static boolean share(double value) {
        return value > 0 && value <= 1;
    }
}
