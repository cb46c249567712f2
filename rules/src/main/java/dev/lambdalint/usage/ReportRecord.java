package dev.lambdalint.usage;

import java.time.Instant;

/**
 * One REPORT record: the platform's account of one invocation. Durations in milliseconds, memory in MB as
 * Lambda counts it. {@code requestId}, {@code timestamp}, {@code initDurationMs}, {@code restoreDurationMs}
 * and {@code errorType} are null when the record does not carry them.
 */
public record ReportRecord(
        String function,
        NameSource nameSource,
        String requestId,
        Instant timestamp,
        double durationMs,
        long billedDurationMs,
        int memorySizeMb,
        int maxMemoryUsedMb,
        Double initDurationMs,
        Double restoreDurationMs,
        Outcome outcome,
        String errorType) {

    /** A new execution environment served this invocation (Init Duration, or Restore Duration for SnapStart). */
    public boolean coldStart() {
        return initDurationMs != null || restoreDurationMs != null;
    }

    /** The start-up time of a cold start: Init Duration, or Restore Duration for SnapStart; null when warm. */
    public Double startupDurationMs() {
        return initDurationMs != null ? initDurationMs : restoreDurationMs;
    }

    ReportRecord withFunction(String name, NameSource source) {
        return new ReportRecord(name, source, requestId, timestamp, durationMs, billedDurationMs, memorySizeMb,
                maxMemoryUsedMb, initDurationMs, restoreDurationMs, outcome, errorType);
    }
}
