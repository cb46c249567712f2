package dev.lambdalint.usage;

/**
 * Something that could not be read: a file and line (1-based; 0 when the problem is about the whole source),
 * or a live AWS call, and what is wrong, in one line without a stack trace.
 */
public record UsageProblem(String source, int line, String message) {

    public static UsageProblem of(String source, String message) {
        return new UsageProblem(source, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
    }
}
