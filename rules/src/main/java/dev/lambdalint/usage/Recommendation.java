package dev.lambdalint.usage;

/**
 * The memory size to configure: the smallest that keeps the peak at or under the headroom share, rounded up to
 * 64 MB, within 128-10,240 MB. {@code atLeast} marks a function that ran out of memory: its true need is above
 * what it could record, so the size is a floor. {@code cappedAtMaximum} marks a peak that even 10,240 MB cannot
 * hold with the headroom.
 */
public record Recommendation(int currentMb, int recommendedMb, int peakMb, double headroomShare, boolean atLeast,
                             boolean cappedAtMaximum) {

    public enum Change { INCREASE, DECREASE, KEEP }

    public Change change() {
        return recommendedMb > currentMb ? Change.INCREASE
                : recommendedMb < currentMb ? Change.DECREASE : Change.KEEP;
    }
}
