package dev.lambdalint.usage;

/**
 * The thresholds of the verdicts, as shares of the configured value (0.95 = 95%).
 *
 * @param underprovisionedAbove peak Max Memory Used above this share of memory is under-provisioned
 * @param overprovisionedBelow peak below this share is over-provisioned; also the headroom the recommendation keeps
 * @param minInvocations fewer recorded invocations than this cannot show over-provisioning
 * @param timeoutRiskAbove a maximum duration above this share of the timeout is a timeout risk
 * @param cpuBoundMedianMs a median duration at least this long makes lowering memory a CPU question
 * @param minSavingShare over-provisioning is worth acting on only when the recommendation takes at least this share
 *                       off the configured memory
 * @param minMonthlySaving and, when the records give a monthly cost, saves at least this much a month (in the
 *                         prices' currency)
 */
public record UsageThresholds(double underprovisionedAbove, double overprovisionedBelow, int minInvocations,
                              double timeoutRiskAbove, double cpuBoundMedianMs, double minSavingShare,
                              double minMonthlySaving) {

    /**
     * A fifth of the memory: smaller cuts are within the noise of a peak that moves with traffic, and cost a
     * redeployment and a watch on the next weeks' peaks.
     */
    private static final double MIN_SAVING_SHARE = 0.20;
    /** A dollar a month: what the reports write in cents rather than fractions of a cent, and $12 a year. */
    private static final double MIN_MONTHLY_SAVING = 1.00;

    public UsageThresholds {
        if (!share(underprovisionedAbove) || !share(overprovisionedBelow) || !share(timeoutRiskAbove)) {
            throw new IllegalArgumentException("thresholds are shares between 0 (exclusive) and 1");
        }
        if (overprovisionedBelow >= underprovisionedAbove) {
            throw new IllegalArgumentException("the over-provisioned share (" + overprovisionedBelow
                    + ") must be below the under-provisioned share (" + underprovisionedAbove + ")");
        }
        if (minInvocations < 0 || cpuBoundMedianMs < 0 || minMonthlySaving < 0) {
            throw new IllegalArgumentException("minInvocations, cpuBoundMedianMs and minMonthlySaving cannot be "
                    + "negative");
        }
        if (minSavingShare < 0 || minSavingShare >= 1) {
            throw new IllegalArgumentException("minSavingShare is a share from 0 to below 1, not " + minSavingShare);
        }
    }

    /** The defaults' saving thresholds with the other thresholds given. */
    public UsageThresholds(double underprovisionedAbove, double overprovisionedBelow, int minInvocations,
                           double timeoutRiskAbove, double cpuBoundMedianMs) {
        this(underprovisionedAbove, overprovisionedBelow, minInvocations, timeoutRiskAbove, cpuBoundMedianMs,
                MIN_SAVING_SHARE, MIN_MONTHLY_SAVING);
    }

    /** 95%, 80%, 50 invocations, 80% of the timeout, a 1-second median; a saving of 20% and $1.00 a month. */
    public static UsageThresholds defaults() {
        return new UsageThresholds(0.95, 0.80, 50, 0.80, 1000);
    }

    /** These thresholds with other saving thresholds. */
    public UsageThresholds withSavings(double share, double monthly) {
        return new UsageThresholds(underprovisionedAbove, overprovisionedBelow, minInvocations, timeoutRiskAbove,
                cpuBoundMedianMs, share, monthly);
    }

    private static boolean share(double value) {
        return value > 0 && value <= 1;
    }
}
