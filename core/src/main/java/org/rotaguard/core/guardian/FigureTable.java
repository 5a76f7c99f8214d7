package org.rotaguard.core.guardian;

import java.util.List;
import java.util.Objects;

/**
 * One table of a board report: labelled rows of figures under labelled columns, with a total row
 * (and, for several columns, a total column as the last column). Count tables are suppressed:
 * see {@link Suppression}.
 *
 * @param id      stable id the template refers to, e.g. {@code reports-by-grade}
 * @param title   heading
 * @param kind    COUNT, MONEY, HOURS or NUMBER
 * @param columns column headings (the last is "Total" when the table has a total column)
 * @param rows    the rows
 * @param total   the total row (null when the table has none)
 */
public record FigureTable(String id, String title, Kind kind, List<String> columns, List<Row> rows, Row total) {
    /** COUNT: counts about doctors (suppressed); NUMBER: other counts (posts, shifts), shown as they are. */
    public enum Kind { COUNT, MONEY, HOURS, NUMBER }

    public FigureTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row " + r.label() + " has "
                        + r.cells().size() + " cells for " + columns.size() + " columns");
            }
        }
        if (total != null && total.cells().size() != columns.size()) {
            throw new IllegalArgumentException("table " + id + ": the total row has " + total.cells().size()
                    + " cells for " + columns.size() + " columns");
        }
    }

    /** One labelled row. */
    public record Row(String label, List<Figure> cells) {
        public Row {
            Objects.requireNonNull(label, "label");
            cells = List.copyOf(cells);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
