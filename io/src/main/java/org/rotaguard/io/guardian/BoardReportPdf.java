package org.rotaguard.io.guardian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.rotaguard.core.guardian.BoardFigures;
import org.rotaguard.core.guardian.FigureTable;

/**
 * Renders a board report as an A4 PDF with the Standard-14 Helvetica fonts, nothing embedded and
 * nothing read from the system: the template's sections in order, figures as lines, tables with
 * their totals, page numbers. Suppressed cells appear only as shown ("&lt;5", "*").
 */
public final class BoardReportPdf {
    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float BODY = 10;
    private static final Map<Character, String> REPLACEMENTS = Map.of('−', "-", '≥', ">=", '≤', "<=", '→', "->",
            '\u00a0', " ", '\u2009', " ");

    private BoardReportPdf() {
    }

    public static void write(BoardTemplate template, BoardFigures figures, OutputStream out) throws IOException {
        BoardReportContent content = BoardReportContent.of(template, figures);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.title);
            info.setProducer("rotaguard");
            new Writer(doc).write(content);
            doc.save(out);
        }
    }

    public static byte[] render(BoardTemplate template, BoardFigures figures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(template, figures, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Lays the content out page by page. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final Map<String, Boolean> encodable = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc) {
            this.doc = doc;
        }

        void write(BoardReportContent content) throws IOException {
            newPage();
            lines(content.title, bold, 17, WIDTH, MARGIN);
            y -= 4;
            lines(BoardReportContent.LEGEND, regular, 8, WIDTH, MARGIN);
            for (BoardReportContent.Section s : content.sections) {
                ensure(100);
                y -= 10;
                lines(s.heading(), bold, 13, WIDTH, MARGIN);
                y -= 2;
                for (BoardReportContent.Block b : s.blocks()) {
                    if (b instanceof BoardReportContent.Text t) {
                        for (String para : t.text().split("\\n\\s*\\n")) {
                            lines(para.replace('\n', ' '), regular, BODY, WIDTH, MARGIN);
                            y -= 4;
                        }
                    } else if (b instanceof BoardReportContent.Value v) {
                        valueLine(v.label(), v.shown());
                    } else if (b instanceof BoardReportContent.Table t) {
                        table(t.table());
                    }
                }
            }
            stream.close();
            footers(content.title);
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN + 20) {
                newPage();
            }
        }

        /** Wrapped text from x, within width, moving down. */
        private void lines(String text, PDType1Font font, float size, float width, float x) throws IOException {
            for (String line : wrap(clean(text, font), font, size, width)) {
                ensure(size * 1.3f);
                y -= size * 1.3f;
                show(line, font, size, x, y);
            }
        }

        private void valueLine(String label, String value) throws IOException {
            float valueWidth = 90;
            List<String> labelLines = wrap(clean(label, regular), regular, BODY, WIDTH - valueWidth - 10, true);
            float height = labelLines.size() * BODY * 1.3f;
            ensure(height);
            float top = y;
            for (String l : labelLines) {
                y -= BODY * 1.3f;
                show(l, regular, BODY, MARGIN, y);
            }
            String v = clean(value, bold);
            show(v, bold, BODY, MARGIN + WIDTH - width(v, bold, BODY), top - BODY * 1.3f);
        }

        private void table(FigureTable t) throws IOException {
            int n = t.columns().size();
            float colWidth = Math.min(80, (WIDTH - 150) / Math.max(1, n));
            float size = colWidth < 50 ? 7 : 9;
            float labelWidth = WIDTH - n * colWidth;
            ensure(60);
            y -= 6;
            lines(t.title(), bold, 10, WIDTH, MARGIN);
            if (t.rows().isEmpty()) {
                lines("None in this period.", regular, 9, WIDTH, MARGIN);
                return;
            }
            header(t, colWidth, labelWidth, size);
            for (FigureTable.Row row : t.rows()) {
                row(t, row, colWidth, labelWidth, size, regular);
            }
            if (t.total() != null) {
                rule(0.6f);
                row(t, t.total(), colWidth, labelWidth, size, bold);
            }
            y -= 4;
        }

        private void header(FigureTable t, float colWidth, float labelWidth, float size) throws IOException {
            List<List<String>> heads = new ArrayList<>();
            int most = 1;
            for (String c : t.columns()) {
                List<String> l = wrap(clean(c, bold), bold, size, colWidth - 4, true);
                heads.add(l);
                most = Math.max(most, l.size());
            }
            float height = most * size * 1.25f + 4;
            ensure(height + 3 * size);
            float top = y;
            for (int c = 0; c < heads.size(); c++) {
                float right = MARGIN + labelWidth + (c + 1) * colWidth;
                float line = top;
                for (String h : heads.get(c)) {
                    line -= size * 1.25f;
                    show(h, bold, size, right - width(h, bold, size) - 2, line);
                }
            }
            y = top - height;
            rule(0.6f);
        }

        private void row(FigureTable t, FigureTable.Row row, float colWidth, float labelWidth, float size,
                         PDType1Font font) throws IOException {
            List<String> label = wrap(clean(row.label(), font), font, size, labelWidth - 6, true);
            float height = label.size() * size * 1.25f + 3;
            if (y - height < MARGIN + 20) {
                newPage();
                header(t, colWidth, labelWidth, size);
            }
            float top = y;
            float line = top;
            for (String l : label) {
                line -= size * 1.25f;
                show(l, font, size, MARGIN, line);
            }
            float first = top - size * 1.25f;
            for (int c = 0; c < row.cells().size(); c++) {
                String v = clean(row.cells().get(c).text(t.kind()), font);
                float right = MARGIN + labelWidth + (c + 1) * colWidth;
                show(v, font, size, right - width(v, font, size) - 2, first);
            }
            y = top - height;
        }

        private void rule(float thickness) throws IOException {
            y -= 2;
            stream.setLineWidth(thickness);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + WIDTH, y);
            stream.stroke();
            y -= 2;
        }

        private void show(String text, PDType1Font font, float size, float x, float atY) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        private void footers(String title) throws IOException {
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String left = shorten(clean(title, regular), regular, 8, WIDTH - 80);
                    String right = "Page " + (i + 1) + " of " + total;
                    s.beginText();
                    s.setFont(regular, 8);
                    s.newLineAtOffset(MARGIN, MARGIN - 20);
                    s.showText(left);
                    s.endText();
                    s.beginText();
                    s.setFont(regular, 8);
                    s.newLineAtOffset(MARGIN + WIDTH - width(right, regular, 8), MARGIN - 20);
                    s.showText(right);
                    s.endText();
                }
            }
        }

        private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            return wrap(text, font, size, width, false);
        }

        /** Greedy word wrap; a word longer than the line is broken. */
        private List<String> wrap(String text, PDType1Font font, float size, float width, boolean atLeastOne)
                throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    out.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            if (line.length() > 0 || (atLeastOne && out.isEmpty())) {
                out.add(line.toString());
            }
            return out;
        }

        private String shorten(String text, PDType1Font font, float size, float width) throws IOException {
            if (width(text, font, size) <= width) {
                return text;
            }
            String t = text;
            while (t.length() > 1 && width(t + "...", font, size) > width) {
                t = t.substring(0, t.length() - 1);
            }
            return t + "...";
        }

        private static float width(String text, PDType1Font font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Text the Standard-14 font can show: known substitutes, "?" for anything else. */
        private String clean(String text, PDType1Font font) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\t' || c == '\n' || c == '\r') {
                    out.append(' ');
                    continue;
                }
                String s = String.valueOf(c);
                boolean ok = encodable.computeIfAbsent(font.getName() + c, k -> canEncode(font, s));
                if (ok) {
                    out.append(c);
                } else {
                    out.append(REPLACEMENTS.getOrDefault(c, "?"));
                }
            }
            return out.toString();
        }

        private static boolean canEncode(PDType1Font font, String s) {
            try {
                font.encode(s);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
