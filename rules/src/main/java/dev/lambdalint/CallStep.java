package dev.lambdalint;

/** One step of the call chain from a handler to a finding: the method entered and the line of the call. */
public record CallStep(String method, String path, int line) {
    @Override
    public String toString() {
        return method;
    }
}
