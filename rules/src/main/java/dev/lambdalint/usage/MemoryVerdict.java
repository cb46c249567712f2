package dev.lambdalint.usage;

/**
 * Configured memory against the recorded peak. {@code explanation} is one sentence with the figures, for a finding.
 */
public record MemoryVerdict(Status status, int configuredMb, int peakMb, int invocations, int outOfMemoryEnds,
                            String explanation) {

    public enum Status {
        /** An out-of-memory end, or the peak above the under-provisioned share: rule memory-underprovisioned. */
        UNDERPROVISIONED,
        /**
         * The peak below the over-provisioned share, with enough data, and a smaller size to go to that saves enough
         * to be worth acting on: rule memory-overprovisioned.
         */
        OVERPROVISIONED,
        /** Over-provisioned, but the smaller size saves less than the thresholds: figures, no finding. */
        SMALL_SAVING,
        /** The peak is low but too few invocations were recorded to say so (an info line), or none were. */
        INSUFFICIENT_DATA,
        FITS
    }

    /** Peak Max Memory Used as a share of configured memory. */
    public double peakShare() {
        return (double) peakMb / configuredMb;
    }
}
