package org.rotaguard.io.guardian;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rotaguard.core.guardian.BoardFigures;
import org.rotaguard.core.guardian.FigureTable;

/** A board report laid out by its template: what each renderer shows, in order, already suppressed. */
final class BoardReportContent {
    static final String LEGEND = "<5: a count from 1 to 4.  *: hidden so that a count under 5 cannot be worked out"
            + " from the totals.";
    static final String NO_TEXT = "No text provided for this report.";

    sealed interface Block permits Text, Value, Table {
    }

    record Text(String text, boolean narrative) implements Block {
    }

    record Value(String key, String label, String shown) implements Block {
    }

    record Table(FigureTable table) implements Block {
    }

    record Section(String id, String heading, List<Block> blocks) {
    }

    final String title;
    final List<Section> sections;

    private BoardReportContent(String title, List<Section> sections) {
        this.title = title;
        this.sections = sections;
    }

    static BoardReportContent of(BoardTemplate template, BoardFigures figures) {
        List<Section> sections = new ArrayList<>();
        for (BoardTemplate.Section s : template.sections()) {
            List<Block> blocks = new ArrayList<>();
            if (!s.text().isBlank()) {
                blocks.add(new Text(fill(s.text(), figures), false));
            }
            for (BoardTemplate.Value v : s.values()) {
                String shown = figures.values().get(v.key());
                if (shown == null) {
                    throw new IllegalArgumentException("the report's figures have no '" + v.key() + "'");
                }
                blocks.add(new Value(v.key(), v.label(), shown));
            }
            for (String id : s.tables()) {
                Optional<FigureTable> t = figures.table(id);
                if (t.isEmpty()) {
                    if (BoardFigures.ANNUAL_ONLY_TABLES.contains(id)) {
                        continue;
                    }
                    throw new IllegalArgumentException("the report's figures have no table '" + id + "'");
                }
                blocks.add(new Table(t.get()));
            }
            if (s.narrative() != null) {
                String text = figures.values().get("narrative." + s.narrative());
                blocks.add(new Text(text == null || text.isBlank() ? NO_TEXT : text, true));
            }
            sections.add(new Section(s.id(), s.heading(), blocks));
        }
        return new BoardReportContent(fill(template.title(), figures), sections);
    }

    private static String fill(String text, BoardFigures f) {
        return text.replace("{period}", f.periodLabel()).replace("{from}", f.values().getOrDefault("period-from", ""))
                .replace("{to}", f.values().getOrDefault("period-to", ""));
    }
}
