package dev.lambdalint.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import java.util.Arrays;

/**
 * The positions and ranges shared by every kept tree of one analysis: both are immutable, and the same line and
 * column pairs recur in every file, so one object each replaces millions. Safe for use from several threads at
 * once: a position is looked up without a lock, only a new one takes it; ranges take it always. Beyond
 * {@value #SHARED_LINES} lines or {@value #SHARED_COLUMNS} columns a position is not shared, so that a damaged or
 * minified file does not cost a huge table.
 */
public final class PositionTable {
    private static final int SHARED_LINES = 1 << 20;
    private static final int SHARED_COLUMNS = 1 << 12;

    private volatile Position[][] byLine = new Position[256][];
    // ranges by their four numbers, open addressing: a map of Range or Long keys cost more than the ranges it saved
    private long[] rangeKeys = new long[1 << 12];
    private Range[] ranges = new Range[1 << 12];
    private int rangeCount;

    /** The shared position at the line and column. */
    public Position position(int line, int column) {
        Position[][] rows = byLine;
        if (line >= 0 && line < rows.length && column >= 0) {
            Position[] row = rows[line];
            Position shared = row != null && column < row.length ? row[column] : null;
            if (shared != null) {
                return shared;
            }
        }
        return add(line, column, null);
    }

    /** The shared position equal to {@code position} (that one, when it is the first). */
    public Position position(Position position) {
        Position[][] rows = byLine;
        int line = position.line;
        int column = position.column;
        if (line >= 0 && line < rows.length && column >= 0) {
            Position[] row = rows[line];
            Position shared = row != null && column < row.length ? row[column] : null;
            if (shared != null) {
                return shared;
            }
        }
        return add(line, column, position);
    }

    private static boolean shared(int line, int column) {
        return line >= 0 && column >= 0 && line < SHARED_LINES && column < SHARED_COLUMNS;
    }

    /** The shared range from {@code begin} to {@code end}, both shared positions. */
    public synchronized Range range(Position begin, Position end) {
        if (!shared(begin.line, begin.column) || !shared(end.line, end.column)) {
            return new Range(begin, end);
        }
        long key = ((long) begin.line << 44) | ((long) begin.column << 32) | ((long) end.line << 12) | end.column;
        int slot = slot(key, ranges.length);
        while (ranges[slot] != null) {
            if (rangeKeys[slot] == key) {
                return ranges[slot];
            }
            slot = (slot + 1) & (ranges.length - 1);
        }
        Range made = new Range(begin, end);
        rangeKeys[slot] = key;
        ranges[slot] = made;
        if (++rangeCount * 4 > ranges.length * 3) {
            growRanges();
        }
        return made;
    }

    /** The shared range equal to {@code range}, its positions shared too. */
    public Range range(Range range) {
        return range(position(range.begin), position(range.end));
    }

    private static int slot(long key, int length) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & (length - 1); // spread: nearby ranges differ little
    }

    private void growRanges() {
        long[] keys = new long[rangeKeys.length * 2];
        Range[] values = new Range[ranges.length * 2];
        for (int i = 0; i < ranges.length; i++) {
            if (ranges[i] != null) {
                int slot = slot(rangeKeys[i], values.length);
                while (values[slot] != null) {
                    slot = (slot + 1) & (values.length - 1);
                }
                keys[slot] = rangeKeys[i];
                values[slot] = ranges[i];
            }
        }
        rangeKeys = keys;
        ranges = values;
    }

    private synchronized Position add(int line, int column, Position given) {
        Position made = given != null ? given : new Position(line, column);
        if (!shared(line, column)) {
            return made;
        }
        Position[][] rows = byLine;
        if (line >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(line + 1, rows.length * 2));
        }
        Position[] row = rows[line];
        if (row == null || column >= row.length) {
            row = row == null ? new Position[Math.max(column + 1, 128)]
                    : Arrays.copyOf(row, Math.max(column + 1, row.length * 2));
        }
        Position shared = row[column];
        if (shared == null) {
            shared = made;
            row[column] = shared;
        }
        rows[line] = row;
        byLine = rows;
        return shared;
    }
}
