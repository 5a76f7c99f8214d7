package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Small-number suppression for count tables, so that no doctor can be picked out of a board
 * report. Primary: every count from 1 to 4 is hidden and shown "&lt;5" (a zero identifies nobody and is
 * shown). Complementary: every row and every column of the table, with its total, is a sum; a
 * line with exactly one hidden cell would let a reader subtract it back out, so another cell of
 * that line is hidden too (the smallest non-zero one shown, a cell before a total), shown "*",
 * until no line has exactly one hidden cell.
 */
public final class Suppression {
    /** Counts below this are hidden. */
    public static final int THRESHOLD = 5;

    private Suppression() {
    }

    /**
     * Suppresses a table of counts.
     *
     * @param interior   rows × columns of counts
     * @param rowTotals  whether each row has a total (the last column), when there are several columns
     * @param totalRow   whether there is a total row (the last row)
     * @return the figures, rows × columns, with a total column and total row appended as asked
     */
    public static Figure[][] suppress(long[][] interior, boolean rowTotals, boolean totalRow) {
        return suppress(interior, interior.length == 0 ? 0 : interior[0].length, rowTotals, totalRow);
    }

    /** As {@link #suppress(long[][], boolean, boolean)}, for a table of {@code cols} columns (it may have no rows). */
    public static Figure[][] suppress(long[][] interior, int cols, boolean rowTotals, boolean totalRow) {
        int rows = interior.length;
        int r2 = rows + (totalRow ? 1 : 0);
        int c2 = cols + (rowTotals ? 1 : 0);
        long[][] v = new long[r2][c2];
        for (int r = 0; r < rows; r++) {
            if (interior[r].length != cols) {
                throw new IllegalArgumentException("rows of different lengths");
            }
            for (int c = 0; c < cols; c++) {
                if (interior[r][c] < 0) {
                    throw new IllegalArgumentException("a count cannot be negative");
                }
                v[r][c] = interior[r][c];
                if (rowTotals) {
                    v[r][cols] += interior[r][c];
                }
                if (totalRow) {
                    v[rows][c] += interior[r][c];
                }
                if (rowTotals && totalRow) {
                    v[rows][cols] += interior[r][c];
                }
            }
        }
        Figure.Hidden[][] hidden = new Figure.Hidden[r2][c2];
        for (int r = 0; r < r2; r++) {
            for (int c = 0; c < c2; c++) {
                hidden[r][c] = v[r][c] > 0 && v[r][c] < THRESHOLD ? Figure.Hidden.PRIMARY : Figure.Hidden.NONE;
            }
        }
        List<int[][]> lines = lines(rows, cols, rowTotals, totalRow);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                int count = 0;
                for (int[] cell : line) {
                    count += hidden[cell[0]][cell[1]] != Figure.Hidden.NONE ? 1 : 0;
                }
                if (count == 1) {
                    int[] pick = complement(line, v, hidden);
                    hidden[pick[0]][pick[1]] = Figure.Hidden.SECONDARY;
                    changed = true;
                }
            }
        }
        Figure[][] out = new Figure[r2][c2];
        for (int r = 0; r < r2; r++) {
            for (int c = 0; c < c2; c++) {
                out[r][c] = new Figure(BigDecimal.valueOf(v[r][c]), hidden[r][c]);
            }
        }
        return out;
    }

    /** A single count shown on its own: hidden when 1–4. */
    public static String single(long count) {
        return count > 0 && count < THRESHOLD ? Figure.SMALL : String.valueOf(count);
    }

    /** Every additive line: its cells, the total last. */
    private static List<int[][]> lines(int rows, int cols, boolean rowTotals, boolean totalRow) {
        List<int[][]> lines = new ArrayList<>();
        if (rowTotals) {
            for (int r = 0; r < rows + (totalRow ? 1 : 0); r++) {
                int[][] line = new int[cols + 1][];
                for (int c = 0; c <= cols; c++) {
                    line[c] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        if (totalRow) {
            for (int c = 0; c < cols + (rowTotals ? 1 : 0); c++) {
                int[][] line = new int[rows + 1][];
                for (int r = 0; r <= rows; r++) {
                    line[r] = new int[] {r, c};
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /** The cell to hide with a lone hidden cell: the smallest non-zero shown, a cell before the total. */
    private static int[] complement(int[][] line, long[][] v, Figure.Hidden[][] hidden) {
        int[] best = null;
        for (int i = 0; i < line.length; i++) {
            int[] cell = line[i];
            if (hidden[cell[0]][cell[1]] != Figure.Hidden.NONE || v[cell[0]][cell[1]] == 0) {
                continue;
            }
            boolean total = i == line.length - 1;
            if (best == null || v[cell[0]][cell[1]] < v[best[0]][best[1]] && !total) {
                best = cell;
            }
        }
        if (best == null) {
            // Every other cell shown is zero: hiding one of them still keeps the lone cell's value from being worked out.
            for (int[] cell : line) {
                if (hidden[cell[0]][cell[1]] == Figure.Hidden.NONE) {
                    return cell;
                }
            }
        }
        return best;
    }
}
