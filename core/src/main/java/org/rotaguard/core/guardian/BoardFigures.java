package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a guardian's quarterly or annual board report: every table of the reference's
 * sections (and the v13 additions), computed from report facts, breaches, fines and the fund
 * ledger, with small numbers suppressed. The template (io) decides order, headings and text.
 */
public final class BoardFigures {
    private final String periodLabel;
    private final LocalDate from;
    private final LocalDate until;
    private final Map<String, FigureTable> tables;
    private final Map<String, String> values;

    BoardFigures(String periodLabel, LocalDate from, LocalDate until, Map<String, FigureTable> tables,
                 Map<String, String> values) {
        this.periodLabel = periodLabel;
        this.from = from;
        this.until = until;
        this.tables = Map.copyOf(tables);
        this.values = Map.copyOf(values);
    }

    public static BoardFigures quarterly(Quarter quarter, List<ReportFact> facts, List<Breach> breaches,
                                         List<Fine> fines, FundLedger ledger, BoardInputs inputs) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The financial year starting 1 April of {@code financialYear}, consolidating its four quarters. */
    public static BoardFigures annual(int financialYear, List<ReportFact> facts, List<Breach> breaches,
                                      List<Fine> fines, FundLedger ledger, BoardInputs inputs) {
        throw new UnsupportedOperationException("not yet");
    }

    public String periodLabel() {
        return periodLabel;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate until() {
        return until;
    }

    /** Tables by id. */
    public Map<String, FigureTable> tables() {
        return tables;
    }

    public Optional<FigureTable> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }

    /** Single figures and texts by key (doctors in training, guardian's time, narrative …). */
    public Map<String, String> values() {
        return values;
    }
}
