package dev.lambdalint.baseline;

/**
 * One accepted finding. Its identity (rule and what it points at, see {@link dev.lambdalint.Finding#identity()})
 * matches it; the path and message are there for whoever reads or prunes the file.
 */
public record BaselineEntry(String ruleId, String path, String identity, String message) {
}
