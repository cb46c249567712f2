package dev.lambdalint.usage;

/** How an invocation ended, as its REPORT record or a separate log line tells. */
public enum Outcome {
    SUCCESS, TIMEOUT, OUT_OF_MEMORY, ERROR
}
