package org.rotaguard.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.ShiftCode;
import org.rotaguard.io.LocatedNode.ScalarNode;

/**
 * Day strings such as {@code "D  D+OC  -  N"}: whitespace-separated cells, each {@code -} or
 * shift codes joined by {@code +}. Problems point at the cell (or the code) itself.
 */
final class DayStrings {
    private static final String CELL_FORM = "'-', a shift code, or codes joined by single '+', e.g. D+OC";

    private final SourceText source;
    private final Problems problems;

    DayStrings(SourceText source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Start index in {@code text} of each cell, up to {@code limit} cells. */
    static List<Integer> cellStarts(String text, int limit) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length() && starts.size() < limit) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length()) {
                starts.add(i);
            }
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return starts;
    }

    /** Where cell {@code cell} of a day string is written. */
    Location cellLocation(ScalarNode node, int cell) {
        List<Integer> starts = cellStarts(node.text(), cell + 1);
        return cell < starts.size() ? source.locate(node, starts.get(cell)) : node.location();
    }

    /**
     * The cells of a day string, or null after reporting problems.
     *
     * @param codes the shift codes defined, or null when they are not known
     */
    List<Cell> parse(ScalarNode node, Set<String> codes) {
        String text = node.text();
        List<Integer> starts = cellStarts(text, Limits.MAX_DAYS + 1);
        if (starts.size() > Limits.MAX_DAYS) {
            problems.add(node.location(), node.path(), "more than " + Limits.MAX_DAYS
                    + " days (expected at most ten years of days)");
            return null;
        }
        List<Cell> cells = new ArrayList<>(starts.size());
        boolean ok = true;
        for (int c = 0; c < starts.size(); c++) {
            int start = starts.get(c);
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            Cell cell = cell(node, c, start, text.substring(start, end), codes);
            ok &= cell != null;
            cells.add(cell);
        }
        return ok ? cells : null;
    }

    private Cell cell(ScalarNode node, int index, int start, String text, Set<String> codes) {
        if (text.equals("-")) {
            return Cell.OFF;
        }
        String[] parts = text.split("\\+", -1);
        for (String part : parts) {
            if (!ShiftCode.isValid(part)) {
                problems.addAtCell(source.locate(node, start), node.path(), index, "malformed cell '" + text
                        + "' (expected " + CELL_FORM + ")");
                return null;
            }
        }
        boolean known = true;
        int offset = 0;
        for (String part : parts) {
            if (codes != null && !codes.contains(part)) {
                problems.addAtCell(source.locate(node, start + offset), node.path(), index, "unknown shift code '"
                        + part + "' (defined: " + String.join(", ", codes) + ")");
                known = false;
            }
            offset += part.length() + 1;
        }
        return known ? Cell.of(parts) : null;
    }
}
