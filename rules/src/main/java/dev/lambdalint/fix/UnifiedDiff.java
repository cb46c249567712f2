package dev.lambdalint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one file, as {@code git apply} and {@code patch -p1} read it: {@code a/} and {@code b/} paths,
 * hunks with three lines of context, lines kept with their own line ends, and the "No newline at end of file"
 * marker where a last line has none. Lines are compared with Myers' algorithm, after the common start and end.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff of {@code before} and {@code after} of the file at {@code path}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Line> script = script(a, b);
        StringBuilder out = new StringBuilder();
        out.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        for (List<Line> hunk : hunks(script)) {
            appendHunk(out, hunk);
        }
        return out.toString();
    }

    /** One line of the script: kept (' '), deleted ('-') or inserted ('+'), with its number in the old and new file. */
    private record Line(char kind, String text, int oldIndex, int newIndex) {
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static List<Line> script(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> script = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            script.add(new Line(' ', a.get(i), i, i));
        }
        script.addAll(myers(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix,
                prefix));
        for (int i = 0; i < suffix; i++) {
            int oldIndex = a.size() - suffix + i;
            script.add(new Line(' ', a.get(oldIndex), oldIndex, b.size() - suffix + i));
        }
        return script;
    }

    /** Myers' shortest edit script, with the trace of each round kept to walk back the path. */
    private static List<Line> myers(List<String> a, List<String> b, int oldBase, int newBase) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        found:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[k - 1 + offset] < v[k + 1 + offset] ? v[k + 1 + offset]
                        : v[k - 1 + offset] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[k + offset] = x;
                if (x >= n && y >= m) {
                    break found;
                }
            }
        }
        List<Line> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] previous = trace.get(d);
            int k = x - y;
            int previousK = k == -d || k != d && previous[k - 1 + offset] < previous[k + 1 + offset] ? k + 1 : k - 1;
            int previousX = d == 0 ? 0 : previous[previousK + offset];
            int previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                reversed.add(new Line(' ', a.get(x), oldBase + x, newBase + y));
            }
            if (d > 0) {
                if (x == previousX) {
                    y--;
                    reversed.add(new Line('+', b.get(y), oldBase + x, newBase + y));
                } else {
                    x--;
                    reversed.add(new Line('-', a.get(x), oldBase + x, newBase + y));
                }
            }
        }
        List<Line> script = new ArrayList<>();
        for (int i = reversed.size() - 1; i >= 0; i--) {
            script.add(reversed.get(i));
        }
        return script;
    }

    /** Runs of changes with their context; changes closer than twice the context share a hunk. */
    private static List<List<Line>> hunks(List<Line> script) {
        List<List<Line>> hunks = new ArrayList<>();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < script.size()) {
                if (script.get(end).kind() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            int stop = Math.min(script.size(), lastChange + CONTEXT + 1);
            hunks.add(script.subList(start, stop));
            i = stop;
        }
        return hunks;
    }

    private static void appendHunk(StringBuilder out, List<Line> hunk) {
        int oldCount = (int) hunk.stream().filter(l -> l.kind() != '+').count();
        int newCount = (int) hunk.stream().filter(l -> l.kind() != '-').count();
        int oldStart = hunk.get(0).oldIndex() + (oldCount == 0 ? 0 : 1);
        int newStart = hunk.get(0).newIndex() + (newCount == 0 ? 0 : 1);
        out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount))
                .append(" @@\n");
        for (Line line : hunk) {
            out.append(line.kind()).append(line.text());
            if (!line.text().endsWith("\n") && !line.text().endsWith("\r")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
