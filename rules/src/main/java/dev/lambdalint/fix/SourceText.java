package dev.lambdalint.fix;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one source file with its lines, to turn the parser's positions (1-based lines, columns counting
 * UTF-16 code units, a tab as one) into offsets and back. Lines end as the parser ends them: CRLF, LF or CR.
 */
final class SourceText {
    private final String text;
    private final int[] lineStarts;
    private CommentSpans comments;

    SourceText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    String text() {
        return text;
    }

    int offset(Position position) {
        return lineStarts[position.line - 1] + position.column - 1;
    }

    /** Where a node starts. */
    int begin(Node node) {
        return offset(node.getBegin().orElseThrow(() -> new IllegalStateException("a node without a position")));
    }

    /** Just after a node's last character. */
    int end(Node node) {
        return offset(node.getEnd().orElseThrow(() -> new IllegalStateException("a node without a position"))) + 1;
    }

    /**
     * Where a node starts, the comments right above it included: a Javadoc or line comments, each starting its line,
     * with no blank line between them and the node. Read from the text, since the analysis's trees keep no comments.
     */
    int beginWithComment(Node node) {
        int start = begin(node);
        while (true) {
            int before = start;
            while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (before == 0 || line(start) - line(before - 1) > 1) {
                return start;
            }
            int comment = comments().startOfCommentEndingAt(before);
            if (comment < 0 || !startsLine(comment)) {
                return start;
            }
            start = comment;
        }
    }

    private CommentSpans comments() {
        if (comments == null) {
            comments = CommentSpans.of(text);
        }
        return comments;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    String of(Node node) {
        return slice(begin(node), end(node));
    }

    int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    int lineStart(int offset) {
        return lineStarts[line(offset) - 1];
    }

    /** The offset of the line terminator ending the line that holds {@code offset} (the text's end on the last line). */
    int lineEnd(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the next line (the text's end on the last line). */
    int nextLineStart(int offset) {
        int end = lineEnd(offset);
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return Math.min(text.length(), end + 1);
    }

    /** The spaces and tabs that start the line holding {@code offset}. */
    String indentAt(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** Whether only spaces and tabs stand between the line's start and {@code offset}. */
    boolean startsLine(int offset) {
        return slice(lineStart(offset), offset).isBlank();
    }

    /** Whether the rest of the line after {@code offset} is blank or a line comment. */
    boolean endsLine(int offset) {
        String rest = slice(offset, lineEnd(offset)).strip();
        return rest.isEmpty() || rest.startsWith("//");
    }

    /** The first line terminator the file uses, or LF. */
    String lineSeparator() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
            if (c == '\n') {
                return "\n";
            }
        }
        return "\n";
    }

    TextEdit edit(int from, int to, String replacement) {
        return new TextEdit(from, to - from, replacement, line(from), column(from), line(to), column(to));
    }
}
