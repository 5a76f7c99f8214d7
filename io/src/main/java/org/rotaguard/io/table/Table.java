package org.rotaguard.io.table;

import java.util.List;

/**
 * One sheet of a workbook, or one section of a CSV file: rows of cells, each cell with its text
 * and where it is, so that a problem can name the sheet and cell.
 */
public record Table(String name, List<List<Table.Cell>> rows) {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A cell's text (trimmed; empty when blank) and its place, e.g. {@code sheet 'Grid', cell D5}. */
    public record Cell(String text, String where) {
    }

    /** A table of plain text for writing, without places. */
    public static Table ofText(String name, List<List<String>> rows) {
        return new Table(name, rows.stream().map(r -> r.stream().map(t -> new Cell(t, "")).toList()).toList());
    }
}
