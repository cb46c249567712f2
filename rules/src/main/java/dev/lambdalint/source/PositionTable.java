package dev.lambdalint.source;

import com.github.javaparser.Position;
import java.util.Arrays;

/**
 * The positions shared by every kept tree of one analysis: a position is immutable, and the same line and column
 * pairs recur in every file, so one object each replaces millions (on the benchmark corpus 3.1 million become 0.5
 * million). Safe for use from several threads at once: a lookup reads without a lock, only a new position takes
 * one. Beyond {@value #SHARED_LINES} lines or {@value #SHARED_COLUMNS} columns a position is not shared, so that a
 * damaged or minified file does not cost a huge table.
 *
 * <p>Ranges are shared within one file only: a table of all the analysis's ranges saved another 22 MB on the
 * benchmark corpus, but its lookups, cache misses in a table of a million entries, cost more CPU than a per-file
 * map, and the cold check has no CPU to spare.
 */
public final class PositionTable {
    private static final int SHARED_LINES = 1 << 20;
    private static final int SHARED_COLUMNS = 1 << 12;

    private volatile Position[][] byLine = new Position[256][];

    /** The shared position at the line and column. */
    public Position position(int line, int column) {
        Position shared = known(line, column);
        return shared != null ? shared : add(line, column, null);
    }

    /** The shared position equal to {@code position} (that one, when it is the first). */
    public Position position(Position position) {
        Position shared = known(position.line, position.column);
        return shared != null ? shared : add(position.line, position.column, position);
    }

    /** The shared position at the line and column, read without a lock; null when there is none yet. */
    private Position known(int line, int column) {
        Position[][] rows = byLine;
        if (line < 0 || line >= rows.length || column < 0) {
            return null;
        }
        Position[] row = rows[line];
        return row != null && column < row.length ? row[column] : null;
    }

    private static boolean shared(int line, int column) {
        return line >= 0 && column >= 0 && line < SHARED_LINES && column < SHARED_COLUMNS;
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
