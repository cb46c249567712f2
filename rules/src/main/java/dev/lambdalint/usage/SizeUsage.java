package dev.lambdalint.usage;

/** The invocations that ran at one memory size: the window can hold several when the setting changed. */
public record SizeUsage(int memorySizeMb, int invocations, int peakMaxMemoryUsedMb, DurationSummary duration,
                        long billedDurationMs) {

    public double meanBilledDurationMs() {
        return invocations == 0 ? 0 : (double) billedDurationMs / invocations;
    }
}
