package dev.lambdalint.usage;

/** How the invocations at one memory size did, as a power-tuning run compares sizes: duration and cost per invocation. */
public record SizeCost(int memorySizeMb, int invocations, DurationSummary duration, double meanBilledDurationMs,
                       double costPerInvocation) {
}
