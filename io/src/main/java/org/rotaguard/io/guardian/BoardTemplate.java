package org.rotaguard.io.guardian;

import java.util.List;
import java.util.Objects;

/**
 * The layout of a guardian's board report, as data: its sections in order, each with a heading,
 * introductory text, the tables and single figures it shows, and the narrative it takes.
 *
 * @param id       template id, e.g. {@code nhse-goswh-2026}
 * @param title    report title; {period} is replaced by the period's label
 * @param sections the sections in order
 */
public record BoardTemplate(String id, String title, List<Section> sections) {
    public BoardTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }

    /**
     * One section.
     *
     * @param id        stable id
     * @param heading   heading
     * @param text      introductory text (may be empty)
     * @param values    keys of single figures shown as "label: value" lines, with their labels
     * @param tables    ids of the tables shown, in order
     * @param narrative key of the guardian's text shown (may be null)
     */
    public record Section(String id, String heading, String text, List<Value> values, List<String> tables,
                          String narrative) {
        public Section {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(heading, "heading");
            text = text == null ? "" : text;
            values = List.copyOf(values);
            tables = List.copyOf(tables);
        }
    }

    /** A single figure to show, by key, with its label. */
    public record Value(String key, String label) {
    }
}
