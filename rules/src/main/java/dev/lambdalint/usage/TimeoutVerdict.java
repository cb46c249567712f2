package dev.lambdalint.usage;

/** The configured timeout against recorded timeouts and the longest recorded duration. */
public record TimeoutVerdict(Status status, int timeoutSeconds, int timeouts, double maxDurationMs,
                             String explanation) {

    public enum Status {
        /** Timeouts were recorded, or the longest duration came above the risk share of the timeout. */
        AT_RISK,
        FITS,
        NO_DATA
    }

    /** The longest duration as a share of the timeout. */
    public double maxShare() {
        return maxDurationMs / (timeoutSeconds * 1000.0);
    }
}
