package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardFiguresTest {
    private static final Quarter Q1 = new Quarter(2026, 1);
    private static final Instant MAY = Instant.parse("2026-05-05T09:00:00Z");

    private static ReportFact fact(int n, String dept, String grade, ReportOutcome outcome, Instant responded) {
        return new ReportFact("r" + n, "dr-" + (n % 7), Set.of("HOURS"), grade, "General medicine", dept, "Medical rota",
                "V13", MAY.plus(n, ChronoUnit.HOURS), responded, outcome, 0, outcome == ReportOutcome.TOIL ? 90 : 0,
                outcome == ReportOutcome.PAY ? new BigDecimal("45.10") : BigDecimal.ZERO, false, false);
    }

    private List<ReportFact> facts() {
        List<ReportFact> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add(fact(i, "Medicine", i < 12 ? "FY1" : "CT1", i % 2 == 0 ? ReportOutcome.TOIL : ReportOutcome.PAY,
                    MAY.plus(i + 1, ChronoUnit.HOURS)));
        }
        for (int i = 20; i < 23; i++) {
            list.add(fact(i, "Surgery", "FY1", ReportOutcome.OPEN, null));
        }
        // Outside the quarter.
        list.add(new ReportFact("old", "dr-x", Set.of("HOURS"), "FY1", "Surgery", "Surgery", "R", "V12",
                Instant.parse("2026-03-31T22:59:00Z"), null, ReportOutcome.OPEN, 0, 0, null, false, false));
        return list;
    }

    @Test
    void countsOnlyTheQuartersReportsAndSuppressesSmallCells() {
        BoardFigures b = BoardFigures.quarterly(Q1, facts(), List.of(), List.of(), FundLedger.empty(), BoardInputs.none());
        assertThat(b.periodLabel()).isEqualTo("Q1 2026/27");
        assertThat(b.values()).containsEntry("reports-total", "23").containsEntry("doctors-reporting", "7");
        FigureTable t = b.table("reports-by-department-grade").orElseThrow();
        assertThat(t.columns()).containsExactly("CT1", "FY1", "Total");
        assertThat(t.rows()).extracting(FigureTable.Row::label).containsExactly("Medicine", "Surgery");
        // Surgery: 0 CT1, 3 FY1 → the 3 and its row total are hidden; so is a cell of the FY1 column.
        assertThat(t.rows().get(1).cells()).extracting(f -> f.text(t.kind())).containsExactly("0", "<5", "<5");
        assertThat(t.rows().get(0).cells()).extracting(f -> f.text(t.kind())).containsExactly("8", "*", "*");
        assertThat(t.total().cells()).extracting(f -> f.text(t.kind())).containsExactly("8", "15", "23");
    }

    @Test
    void responseTimesAndOutcomes() {
        BoardFigures b = BoardFigures.quarterly(Q1, facts(), List.of(), List.of(), FundLedger.empty(), BoardInputs.none());
        FigureTable rt = b.table("response-times").orElseThrow();
        // 20 answered within 48 hours and 3 open: the 20 is hidden too, or 23 − 20 would give the 3 away.
        assertThat(rt.rows()).extracting(r -> r.cells().get(0).text(rt.kind())).containsExactly("*", "0", "0", "<5");
        assertThat(rt.rows().get(0).cells().get(0).value()).isEqualByComparingTo("20");
        assertThat(rt.total().cells().get(0).text(rt.kind())).isEqualTo("23");
        FigureTable out = b.table("outcomes").orElseThrow();
        assertThat(out.rows().get(0).label()).isEqualTo("Not yet decided");
        assertThat(b.values()).containsEntry("toil-hours", "15").containsEntry("pay-approved", "451.00");
    }

    @Test
    void responseTimeBucketsAtTheirBoundaries() {
        List<ReportFact> list = List.of(
                fact(1, "M", "FY1", ReportOutcome.PAY, MAY.plus(1, ChronoUnit.HOURS).plus(48, ChronoUnit.HOURS)),
                fact(2, "M", "FY1", ReportOutcome.PAY, MAY.plus(2, ChronoUnit.HOURS).plus(48 * 60 + 1, ChronoUnit.MINUTES)),
                fact(3, "M", "FY1", ReportOutcome.PAY, MAY.plus(3, ChronoUnit.HOURS).plus(7, ChronoUnit.DAYS)),
                fact(4, "M", "FY1", ReportOutcome.PAY, MAY.plus(4, ChronoUnit.HOURS).plus(7 * 1440 + 1, ChronoUnit.MINUTES)));
        FigureTable rt = BoardFigures.quarterly(Q1, list, List.of(), List.of(), FundLedger.empty(), BoardInputs.none())
                .table("response-times").orElseThrow();
        assertThat(rt.rows()).extracting(r -> r.cells().get(0).value().intValue()).containsExactly(1, 2, 1, 0);
    }

    @Test
    void finesByDepartmentNetOfReversalsAndTheFund() {
        Fine a = new Fine("a", FineType.SAFE_WORKING, "k1", "dr-1", "Surgery", LocalDate.of(2026, 5, 1), 1,
                new BigDecimal("63.56"), new BigDecimal("23.83"), new BigDecimal("39.73"), "t", "w");
        Fine b = new Fine("b", FineType.SAFE_WORKING, "k2", "dr-2", "Medicine", LocalDate.of(2026, 5, 2), 1,
                new BigDecimal("63.56"), new BigDecimal("23.83"), new BigDecimal("39.73"), "t", "w");
        Fine access = new Fine("c", FineType.ACCESS_COMPLETION, "k3", "dr-3", "Medicine", LocalDate.of(2026, 5, 3), 1,
                new BigDecimal("100.00"), BigDecimal.ZERO, new BigDecimal("100.00"), "t", "w");
        List<Fine> fines = List.of(a, b, FineReconciliation.reversal(b, "x"), access);
        FundLedger ledger = FundLedger.empty().fineIn(LocalDate.of(2026, 3, 1), new BigDecimal("10.00"), "old")
                .fineIn(LocalDate.of(2026, 5, 1), new BigDecimal("39.73"), "a");
        BoardFigures f = BoardFigures.quarterly(Q1, List.of(), List.of(), fines, ledger, BoardInputs.none());
        FigureTable byDept = f.table("fines-by-department").orElseThrow();
        assertThat(byDept.rows()).extracting(FigureTable.Row::label).containsExactly("Medicine", "Surgery");
        assertThat(byDept.rows().get(0).cells().get(0).text(byDept.kind())).isEqualTo("0.00");
        assertThat(byDept.rows().get(1).cells()).extracting(x -> x.text(byDept.kind()))
                .containsExactly("63.56", "23.83", "39.73");
        assertThat(f.table("access-completion-fines").orElseThrow().total().cells().get(0).text(FigureTable.Kind.MONEY))
                .isEqualTo("100.00");
        FigureTable fund = f.table("fund").orElseThrow();
        assertThat(fund.rows()).extracting(r -> r.cells().get(0).text(fund.kind()))
                .containsExactly("10.00", "39.73", "0.00", "49.73");
        assertThat(f.values()).containsEntry("fines-total", "163.56");
    }

    @Test
    void breachesByRule() {
        Breach b = new Breach("shift-over-13h", "dr-1", Fixtures.at("2026-05-01T08:00"), Fixtures.at("2026-05-01T21:30"),
                30, 30, "", "");
        BoardFigures f = BoardFigures.quarterly(Q1, List.of(), List.of(b), List.of(), FundLedger.empty(),
                BoardInputs.none());
        FigureTable counts = f.table("breaches-by-rule").orElseThrow();
        assertThat(counts.rows()).hasSize(SafeWorkingRule.values().length);
        assertThat(counts.rows().get(SafeWorkingRule.SHIFT_OVER_13H.ordinal()).cells().get(0).text(counts.kind()))
                .isEqualTo("<5");
        FigureTable hours = f.table("breach-hours-by-rule").orElseThrow();
        assertThat(hours.total().cells().get(0).text(hours.kind())).isEqualTo("0.5");
    }

    @Test
    void theAnnualReportConsolidatesTheFourQuarters() {
        List<ReportFact> list = new ArrayList<>(facts());
        list.add(new ReportFact("jan", "dr-j", Set.of("EDUCATION"), "ST4", "Surgery", "Surgery", "R", "V13",
                Instant.parse("2027-01-10T10:00:00Z"), null, ReportOutcome.EDUCATIONAL_REMEDY, 2, 0, null, true, true));
        FundLedger ledger = FundLedger.empty().fineIn(LocalDate.of(2026, 5, 1), new BigDecimal("39.73"), "a")
                .spend(LocalDate.of(2027, 2, 1), new BigDecimal("20.00"), "Rest room", "RDF", "M9");
        BoardFigures y = BoardFigures.annual(2026, list, List.of(), List.of(), ledger, BoardInputs.none());
        assertThat(y.periodLabel()).isEqualTo("2026/27");
        assertThat(y.values()).containsEntry("reports-total", "24").containsEntry("safety-reports", "<5");
        FigureTable q = y.table("reports-by-quarter").orElseThrow();
        assertThat(q.rows()).extracting(r -> r.cells().get(0).text(q.kind())).containsExactly("*", "0", "0", "<5");
        FigureTable fund = y.table("fund").orElseThrow();
        assertThat(fund.columns()).containsExactly("Q1", "Q2", "Q3", "Q4", "Year");
        assertThat(fund.rows().get(3).cells()).extracting(c -> c.text(fund.kind()))
                .containsExactly("39.73", "39.73", "39.73", "19.73", "19.73");
        FigureTable wsr = y.table("work-schedule-reviews").orElseThrow();
        assertThat(wsr.columns()).containsExactly("ST4");
        assertThat(wsr.rows()).singleElement().satisfies(r -> assertThat(r.label()).isEqualTo("Surgery"));
        assertThat(wsr.total().cells()).extracting(c -> c.text(wsr.kind())).containsExactly("<5");
    }

    @Test
    void theGuardiansEntriesAndTheV13Surveys() {
        BoardInputs in = new BoardInputs(412, 398, new BigDecimal("8"), new BigDecimal("15"), new BigDecimal("0.25"),
                List.of(new BoardInputs.Vacancy("Medicine", "FY1", 2)),
                List.of(new BoardInputs.LocumBooking("Medicine", "FY1", "Vacancy", "bank", 10, new BigDecimal("125.5")),
                        new BoardInputs.LocumBooking("Medicine", "FY1", "Vacancy", "agency", 3, new BigDecimal("36"))),
                new BoardInputs.Surveys(120, 3, 0, 7), Map.of("summary", "A steady quarter."));
        BoardFigures f = BoardFigures.quarterly(Q1, List.of(), List.of(), List.of(), FundLedger.empty(), in);
        assertThat(f.values()).containsEntry("doctors-in-training", "412").containsEntry("guardian-hours", "8")
                .containsEntry("survey-access-completion", "<5").containsEntry("survey-information-breaches", "0")
                .containsEntry("survey-detriment", "7").containsEntry("narrative.summary", "A steady quarter.");
        FigureTable vac = f.table("vacancies").orElseThrow();
        assertThat(vac.rows().get(0).cells().get(0).text(vac.kind())).isEqualTo("2");
        FigureTable loc = f.table("locum-bookings").orElseThrow();
        assertThat(loc.rows()).singleElement().satisfies(r -> assertThat(r.cells()).extracting(c -> c.text(loc.kind()))
                .containsExactly("10", "3", "161.5"));
    }

    @Test
    void theListedTablesAndValuesAreExactlyThoseComputed() {
        BoardFigures q = BoardFigures.quarterly(Q1, facts(), List.of(), List.of(), FundLedger.empty(), BoardInputs.none());
        assertThat(q.tables().keySet()).containsExactlyInAnyOrderElementsOf(BoardFigures.TABLES.stream()
                .filter(t -> !BoardFigures.ANNUAL_ONLY_TABLES.contains(t)).toList());
        assertThat(q.values().keySet()).containsExactlyInAnyOrderElementsOf(BoardFigures.VALUES);
        BoardFigures y = BoardFigures.annual(2026, facts(), List.of(), List.of(), FundLedger.empty(), BoardInputs.none());
        assertThat(y.tables().keySet()).containsExactlyInAnyOrderElementsOf(BoardFigures.TABLES);
    }

    @Test
    void aQuarterWithFewReportsShowsNoSmallTotalAnywhere() {
        List<ReportFact> few = facts().subList(20, 23);
        BoardFigures b = BoardFigures.quarterly(Q1, few, List.of(), List.of(), FundLedger.empty(), BoardInputs.none());
        assertThat(b.values()).containsEntry("reports-total", "<5").containsEntry("reports-v13", "<5")
                .containsEntry("doctors-reporting", "<5");
        for (FigureTable t : b.tables().values()) {
            if (t.kind() == FigureTable.Kind.COUNT && t.total() != null) {
                for (Figure f : t.total().cells()) {
                    long v = f.value().longValue();
                    assertThat(v > 0 && v < 5 ? f.text(t.kind()) : "<5").as(t.id()).isEqualTo("<5");
                }
            }
        }
    }
}
