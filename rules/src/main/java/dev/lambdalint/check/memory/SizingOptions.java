package dev.lambdalint.check.memory;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.usage.UsageThresholds;

/**
 * The thresholds of the memory and timeout verdicts, from the typed options of the three rules that own them. The
 * verdicts are computed once, before the rules run, because the reports show them for every function too.
 */
public final class SizingOptions {
    private SizingOptions() {
    }

    /**
     * @throws ConfigurationException when the options contradict each other (the over-provisioned share must be
     *                                below the under-provisioned one) or a saving share is the whole memory
     */
    public static UsageThresholds thresholds(RuleSettings settings) {
        try {
            return new UsageThresholds(
                    settings.option(MemoryUnderprovisioned.class, MemoryUnderprovisioned.UNDERPROVISIONED_ABOVE),
                    settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.OVERPROVISIONED_BELOW),
                    settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.MIN_INVOCATIONS),
                    settings.option(TimeoutRisk.class, TimeoutRisk.TIMEOUT_RISK_ABOVE),
                    settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.CPU_BOUND_MEDIAN_MS),
                    settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.MIN_SAVING_SHARE),
                    settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.MIN_MONTHLY_SAVING));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid memory or timeout rule options: " + e.getMessage(), e);
        }
    }
}
