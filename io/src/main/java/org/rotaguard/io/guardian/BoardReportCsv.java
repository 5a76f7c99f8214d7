package org.rotaguard.io.guardian;

import java.io.IOException;
import org.rotaguard.core.guardian.BoardFigures;

/**
 * Writes a board report's figures as CSV: one line per cell (section, table, row, column, shown
 * value), suppressed cells as shown, never their values.
 */
public final class BoardReportCsv {
    private BoardReportCsv() {
    }

    public static void write(BoardTemplate template, BoardFigures figures, Appendable out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public static String render(BoardTemplate template, BoardFigures figures) {
        throw new UnsupportedOperationException("not yet");
    }
}
