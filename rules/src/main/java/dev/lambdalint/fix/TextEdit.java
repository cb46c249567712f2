package dev.lambdalint.fix;

/**
 * One replacement in a source file: {@code length} characters (UTF-16 code units) from {@code offset} become
 * {@code text}; an insertion deletes nothing. The same region as 1-based lines and columns, the end exclusive (the
 * column after the last character deleted), as SARIF's {@code deletedRegion} wants it.
 */
public record TextEdit(int offset, int length, String text, int startLine, int startColumn, int endLine,
                       int endColumn) {

    public int end() {
        return offset + length;
    }

    /** {@code source} with this edit made. */
    String applyTo(String source) {
        return source.substring(0, offset) + text + source.substring(end());
    }
}
