package dev.lambdalint.source;

/**
 * A source or template that could not be read or parsed; line and column are 1-based, 1 when unknown. {@code kind}
 * says what went wrong in a word that stays the same when the file is edited ("syntax", "unreadable", "encoding",
 * ...): with the path it is the finding's identity, while the message and position may change with every edit.
 */
public record ParseProblem(String relativePath, int line, int column, String message, String kind) {
    /** The kind of a problem whose reader did not say more. */
    public static final String UNSPECIFIED = "unreadable";

    public ParseProblem {
        kind = kind == null || kind.isBlank() ? UNSPECIFIED : kind;
    }

    public ParseProblem(String relativePath, int line, int column, String message) {
        this(relativePath, line, column, message, UNSPECIFIED);
    }
}
