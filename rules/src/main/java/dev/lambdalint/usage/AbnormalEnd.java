package dev.lambdalint.usage;

import java.time.Instant;

/**
 * A timeout or out-of-memory end told by a log line of its own ({@code Task timed out after 3.00 seconds},
 * {@code Runtime exited with error: signal: killed}, {@code java.lang.OutOfMemoryError}) rather than by the
 * REPORT's Status. {@code requestId} and {@code timestamp} are null when the line does not carry them.
 */
public record AbnormalEnd(
        String function, NameSource nameSource, String requestId, Instant timestamp, Outcome outcome,
        String evidence) {

    AbnormalEnd withFunction(String name, NameSource source) {
        return new AbnormalEnd(name, source, requestId, timestamp, outcome, evidence);
    }
}
