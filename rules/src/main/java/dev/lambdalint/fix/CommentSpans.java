package dev.lambdalint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a file's comments are, read from its text: the analysis keeps its syntax trees without their comments (only
 * suppressions survive), so a fix that must not separate a member or a statement from the Javadoc or the line
 * comment above it finds them here. Strings, text blocks and char literals are stepped over, so a {@code //} or a
 * {@code /*} inside one is no comment.
 */
final class CommentSpans {
    private final int[] starts;
    private final int[] ends;

    private CommentSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static CommentSpans of(String text) {
        List<int[]> spans = new ArrayList<>();
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '/') {
                int end = pos;
                while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                spans.add(new int[] {pos, end});
                pos = end;
            } else if (c == '/' && pos + 1 < length && text.charAt(pos + 1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                int end = close < 0 ? length : close + 2;
                spans.add(new int[] {pos, end});
                pos = end;
            } else if (c == '"' && text.startsWith("\"\"\"", pos)) {
                pos = after(text, pos + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                pos = after(text, pos + 1, String.valueOf(c));
            } else {
                pos++;
            }
        }
        return new CommentSpans(spans.stream().mapToInt(s -> s[0]).toArray(),
                spans.stream().mapToInt(s -> s[1]).toArray());
    }

    /** Just after the {@code closing} delimiter of a literal whose content starts at {@code from}; escapes skipped. */
    private static int after(String text, int from, String closing) {
        int pos = from;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (text.startsWith(closing, pos)) {
                return pos + closing.length();
            } else if (closing.length() == 1 && (c == '\n' || c == '\r')) {
                return pos;
            } else {
                pos++;
            }
        }
        return text.length();
    }

    /** The start of the comment that ends exactly at {@code end}, or -1. */
    int startOfCommentEndingAt(int end) {
        int low = 0;
        int high = ends.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] < end) {
                low = mid + 1;
            } else if (ends[mid] > end) {
                high = mid - 1;
            } else {
                return starts[mid];
            }
        }
        return -1;
    }
}
