package dev.lambdalint;

/**
 * The analysis ran out of heap: the project's syntax trees did not fit in what the JVM was given. A condition of the
 * run, not a bug, so the message says what to do, ready to show as it is (no stack trace).
 */
public final class OutOfMemory extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    OutOfMemory(OutOfMemoryError error, long maxHeapBytes) {
        super("out of memory (" + error.getMessage() + ", the JVM's heap is at most " + maxHeapBytes / (1024 * 1024)
                + " MB): give it more, with -Xmx (for Maven in MAVEN_OPTS, for example MAVEN_OPTS=-Xmx1g)", error);
    }

    /** What the front ends print after "the analysis failed: ": the message alone. */
    @Override
    public String toString() {
        return getMessage();
    }
}
