package dev.lambdalint.fix;

/** A text edit not yet checked against the others; {@code order} keeps insertions at one offset in order. */
record Pending(int from, int to, String replacement, int order) {
    boolean insertion() {
        return from == to;
    }
}
