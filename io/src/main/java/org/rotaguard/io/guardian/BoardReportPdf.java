package org.rotaguard.io.guardian;

import java.io.IOException;
import java.io.OutputStream;
import org.rotaguard.core.guardian.BoardFigures;

/** Renders a board report as an A4 PDF with the Standard-14 Helvetica fonts (nothing embedded). */
public final class BoardReportPdf {
    private BoardReportPdf() {
    }

    public static void write(BoardTemplate template, BoardFigures figures, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public static byte[] render(BoardTemplate template, BoardFigures figures) {
        throw new UnsupportedOperationException("not yet");
    }
}
