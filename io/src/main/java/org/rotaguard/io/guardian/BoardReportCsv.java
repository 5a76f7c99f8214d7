package org.rotaguard.io.guardian;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rotaguard.core.guardian.BoardFigures;
import org.rotaguard.core.guardian.Figure;
import org.rotaguard.core.guardian.FigureTable;

/**
 * Writes a board report as CSV, one line per figure in the template's order: section, the table
 * or figure (id and title), row, column and the value as shown. Suppressed cells are written as
 * shown ("&lt;5", "*"), never their values; the guardian's texts are included.
 */
public final class BoardReportCsv {
    static final String[] HEADER = {"section", "item_id", "item", "row", "column", "value"};

    private BoardReportCsv() {
    }

    public static void write(BoardTemplate template, BoardFigures figures, Appendable out) throws IOException {
        BoardReportContent content = BoardReportContent.of(template, figures);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            csv.printRecord("report", "title", content.title, "", "", "");
            csv.printRecord("report", "legend", "Small numbers", "", "", BoardReportContent.LEGEND);
            for (BoardReportContent.Section s : content.sections) {
                for (BoardReportContent.Block b : s.blocks()) {
                    if (b instanceof BoardReportContent.Text t) {
                        csv.printRecord(s.id(), t.narrative() ? "narrative" : "text", s.heading(), "", "", Csv.safe(t.text()));
                    } else if (b instanceof BoardReportContent.Value v) {
                        csv.printRecord(s.id(), v.key(), v.label(), "", "", v.shown());
                    } else if (b instanceof BoardReportContent.Table t) {
                        table(csv, s.id(), t.table());
                    }
                }
            }
        }
    }

    private static void table(CSVPrinter csv, String section, FigureTable t) throws IOException {
        for (FigureTable.Row row : t.rows()) {
            row(csv, section, t, row);
        }
        if (t.total() != null) {
            row(csv, section, t, t.total());
        }
    }

    private static void row(CSVPrinter csv, String section, FigureTable t, FigureTable.Row row) throws IOException {
        for (int c = 0; c < t.columns().size(); c++) {
            Figure f = row.cells().get(c);
            csv.printRecord(section, t.id(), t.title(), Csv.safe(row.label()), t.columns().get(c), f.text(t.kind()));
        }
    }

    public static String render(BoardTemplate template, BoardFigures figures) {
        StringBuilder sb = new StringBuilder();
        try {
            write(template, figures, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
