package dev.lambdalint.source;

/** A source that could not be read or parsed; line and column are 1-based, 1 when unknown. */
public record ParseProblem(String relativePath, int line, int column, String message) {
}
