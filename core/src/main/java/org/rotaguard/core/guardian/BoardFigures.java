package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The figures of a guardian's quarterly or annual board report: every table of the sections the
 * NHS Employers templates use (exception reports by specialty, grade, department, rota and type;
 * response times; outcomes; escalations; work schedule reviews; breaches; rota gaps; locum
 * bookings; fines by department; the fund) and the v13 additions (access and completion fines,
 * information-breach fines, the quarterly surveys), computed from report facts, breaches, fines
 * and the fund ledger. Counts about doctors are suppressed ({@link Suppression}); money and
 * hours are not. The template (io) decides order, headings and text.
 */
public final class BoardFigures {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final String TOTAL = "Total";

    /** Every table a board report can show, by id. */
    public static final List<String> TABLES = List.of("reports-by-specialty", "reports-by-rota",
            "reports-by-department-grade", "reports-by-type", "response-times", "outcomes", "escalations",
            "work-schedule-reviews", "breaches-by-rule", "breach-hours-by-rule", "vacancies", "locum-bookings",
            "fines-by-department", "fines-by-department-count", "access-completion-fines",
            "access-completion-fines-count", "information-breach-fines", "information-breach-fines-count", "fund",
            "reports-by-quarter");

    /** Tables only the annual report has. */
    public static final Set<String> ANNUAL_ONLY_TABLES = Set.of("reports-by-quarter");

    /** Every single figure a board report can show, by key (besides the guardian's texts, "narrative.KEY"). */
    public static final List<String> VALUES = List.of("period", "period-from", "period-to", "doctors-in-training",
            "doctors-on-2016-terms", "guardian-hours", "admin-hours", "supervisor-hours", "reports-total",
            "doctors-reporting", "reports-v13", "safety-reports", "toil-hours", "pay-approved", "fines-total",
            "fines-guardian-share", "fines-doctor-share", "survey-respondents", "survey-access-completion",
            "survey-information-breaches", "survey-detriment", "fund-opening", "fund-closing");

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
        this.tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static BoardFigures quarterly(Quarter quarter, List<ReportFact> facts, List<Breach> breaches,
                                         List<Fine> fines, FundLedger ledger, BoardInputs inputs) {
        Builder b = new Builder(quarter.label(), quarter.from(), quarter.until(), facts, breaches, fines, inputs);
        b.common();
        FundSummary s = ledger.quarter(quarter);
        b.fund(List.of(quarter.label()), List.of(s));
        return b.build();
    }

    /** The financial year starting 1 April of {@code financialYear}, consolidating its four quarters. */
    public static BoardFigures annual(int financialYear, List<ReportFact> facts, List<Breach> breaches,
                                      List<Fine> fines, FundLedger ledger, BoardInputs inputs) {
        Quarter q1 = new Quarter(financialYear, 1);
        String label = financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
        Builder b = new Builder(label, q1.from(), q1.from().plusYears(1), facts, breaches, fines, inputs);
        b.common();
        List<String> columns = new ArrayList<>();
        List<FundSummary> summaries = new ArrayList<>();
        long[][] byQuarter = new long[4][1];
        Quarter q = q1;
        for (int i = 0; i < 4; i++, q = q.next()) {
            columns.add("Q" + q.number());
            summaries.add(ledger.quarter(q));
            Quarter current = q;
            byQuarter[i][0] = b.facts.stream().filter(f -> current.equals(Quarter.containing(b.day(f)))).count();
        }
        columns.add("Year");
        summaries.add(ledger.year(financialYear));
        b.fund(columns, summaries);
        b.counts("reports-by-quarter", "Exception reports by quarter", List.of("Q1", "Q2", "Q3", "Q4"),
                List.of("Reports"), byQuarter);
        return b.build();
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

    /** Tables by id, in the order computed. */
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

    /** Readable label of an enum-style name: IMMEDIATE_SAFETY → "Immediate safety". */
    static String label(String name) {
        String s = name.replace('_', ' ').toLowerCase(Locale.UK);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final class Builder {
        final String label;
        final LocalDate from;
        final LocalDate until;
        final List<ReportFact> facts;
        final List<Breach> breaches;
        final List<Fine> fines;
        final BoardInputs inputs;
        final Map<String, FigureTable> tables = new LinkedHashMap<>();
        final Map<String, String> values = new LinkedHashMap<>();

        Builder(String label, LocalDate from, LocalDate until, List<ReportFact> allFacts, List<Breach> allBreaches,
                List<Fine> allFines, BoardInputs inputs) {
            this.label = label;
            this.from = from;
            this.until = until;
            this.inputs = inputs == null ? BoardInputs.none() : inputs;
            this.facts = allFacts.stream().filter(f -> in(day(f))).toList();
            this.breaches = allBreaches.stream().filter(b -> in(b.from().withZoneSameInstant(LONDON).toLocalDate()))
                    .toList();
            this.fines = allFines.stream().filter(f -> in(f.date())).toList();
        }

        LocalDate day(ReportFact f) {
            return f.submittedAt().atZone(LONDON).toLocalDate();
        }

        boolean in(LocalDate d) {
            return !d.isBefore(from) && d.isBefore(until);
        }

        void common() {
            values.put("period", label);
            values.put("period-from", from.toString());
            values.put("period-to", until.minusDays(1).toString());
            values.put("doctors-in-training", String.valueOf(inputs.doctorsInTraining()));
            values.put("doctors-on-2016-terms", String.valueOf(inputs.doctorsOn2016Terms()));
            values.put("guardian-hours", hours(inputs.guardianProgrammedHours()));
            values.put("admin-hours", hours(inputs.adminSupportHours()));
            values.put("supervisor-hours", hours(inputs.supervisorHoursPerTrainee()));
            values.put("reports-total", Suppression.single(facts.size()));
            values.put("doctors-reporting", Suppression.single(facts.stream().map(ReportFact::doctorId)
                    .filter(java.util.Objects::nonNull).distinct().count()));
            values.put("reports-v13", Suppression.single(facts.stream().filter(f -> "V13".equals(f.version())).count()));
            values.put("safety-reports", Suppression.single(facts.stream().filter(ReportFact::immediateSafety).count()));
            values.put("toil-hours", hours(BigDecimal.valueOf(facts.stream().mapToLong(ReportFact::toilMinutes).sum())
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)));
            values.put("pay-approved", money(facts.stream().map(ReportFact::pay).reduce(BigDecimal.ZERO, BigDecimal::add)));
            values.put("fines-total", money(net(fines, f -> true, Fine::total)));
            values.put("fines-guardian-share", money(net(fines, f -> true, Fine::guardianShare)));
            values.put("fines-doctor-share", money(net(fines, f -> true, Fine::doctorShare)));
            Map<String, String> narrative = new TreeMap<>(inputs.narrative());
            narrative.forEach((k, v) -> values.put("narrative." + k, v));
            BoardInputs.Surveys s = inputs.surveys();
            values.put("survey-respondents", s == null ? "Not collected" : String.valueOf(s.respondents()));
            values.put("survey-access-completion", s == null ? "Not collected" : Suppression.single(s.accessCompletionBreaches()));
            values.put("survey-information-breaches", s == null ? "Not collected" : Suppression.single(s.informationBreaches()));
            values.put("survey-detriment", s == null ? "Not collected" : Suppression.single(s.detriment()));

            oneWay("reports-by-specialty", "Exception reports by specialty", ReportFact::specialty);
            oneWay("reports-by-rota", "Exception reports by rota", ReportFact::rota);
            twoWay("reports-by-department-grade", "Exception reports by department and grade", facts,
                    ReportFact::department, ReportFact::grade);
            byType();
            responseTimes();
            outcomes();
            escalations();
            twoWay("work-schedule-reviews", "Work schedule reviews by department and grade",
                    facts.stream().filter(ReportFact::workScheduleReviewRaised).toList(), ReportFact::department,
                    ReportFact::grade);
            breachTables();
            vacancies();
            locums();
            fineTables("fines-by-department", "Safe-working fines by department", FineType.SAFE_WORKING);
            fineTables("access-completion-fines", "Access and completion fines by department (v13)",
                    FineType.ACCESS_COMPLETION);
            fineTables("information-breach-fines", "Information breach fines by department (v13)",
                    FineType.INFORMATION_BREACH);
        }

        void oneWay(String id, String title, Function<ReportFact, String> key) {
            TreeMap<String, Long> counts = new TreeMap<>();
            for (ReportFact f : facts) {
                counts.merge(key.apply(f), 1L, Long::sum);
            }
            long[][] cells = new long[counts.size()][1];
            int i = 0;
            for (long n : counts.values()) {
                cells[i++][0] = n;
            }
            counts(id, title, new ArrayList<>(counts.keySet()), List.of("Reports"), cells);
        }

        void twoWay(String id, String title, List<ReportFact> list, Function<ReportFact, String> row,
                    Function<ReportFact, String> col) {
            Set<String> rows = new TreeSet<>();
            Set<String> cols = new TreeSet<>();
            for (ReportFact f : list) {
                rows.add(row.apply(f));
                cols.add(col.apply(f));
            }
            List<String> rowList = new ArrayList<>(rows);
            List<String> colList = new ArrayList<>(cols);
            long[][] cells = new long[rowList.size()][colList.size()];
            for (ReportFact f : list) {
                cells[rowList.indexOf(row.apply(f))][colList.indexOf(col.apply(f))]++;
            }
            counts(id, title, rowList, colList, cells);
        }

        /** A report may name several types, so the types add up to more than the reports: no total. */
        void byType() {
            TreeMap<String, Long> counts = new TreeMap<>();
            for (ReportFact f : facts) {
                for (String c : f.categories()) {
                    counts.merge(label(c), 1L, Long::sum);
                }
            }
            List<FigureTable.Row> rows = new ArrayList<>();
            long[][] cells = new long[counts.size()][1];
            int i = 0;
            for (long n : counts.values()) {
                cells[i++][0] = n;
            }
            Figure[][] f = Suppression.suppress(cells, 1, false, false);
            i = 0;
            for (String k : counts.keySet()) {
                rows.add(new FigureTable.Row(k, List.of(f[i++][0])));
            }
            tables.put("reports-by-type", new FigureTable("reports-by-type",
                    "Exception reports by type (a report may name more than one)", FigureTable.Kind.COUNT,
                    List.of("Reports"), rows, null));
        }

        void responseTimes() {
            long[][] cells = new long[4][1];
            for (ReportFact f : facts) {
                if (f.firstResponseAt() == null) {
                    cells[3][0]++;
                    continue;
                }
                Duration d = Duration.between(f.submittedAt(), f.firstResponseAt());
                cells[d.compareTo(Duration.ofHours(48)) <= 0 ? 0 : d.compareTo(Duration.ofDays(7)) <= 0 ? 1 : 2][0]++;
            }
            counts("response-times", "Time to first response", List.of("Within 48 hours", "Within 7 days",
                    "Longer than 7 days", "No response yet"), List.of("Reports"), cells);
        }

        void outcomes() {
            ReportOutcome[] all = ReportOutcome.values();
            long[][] cells = new long[all.length][1];
            List<String> labels = new ArrayList<>();
            for (ReportOutcome o : all) {
                labels.add(o == ReportOutcome.OPEN ? "Not yet decided" : o == ReportOutcome.TOIL ? "Time off in lieu"
                        : label(o.name()));
            }
            for (ReportFact f : facts) {
                cells[f.outcome().ordinal()][0]++;
            }
            counts("outcomes", "Outcomes", labels, List.of("Reports"), cells);
        }

        void escalations() {
            long[][] cells = new long[4][1];
            for (ReportFact f : facts) {
                cells[Math.min(f.escalationLevel(), 3)][0]++;
            }
            counts("escalations", "Highest review level reached", List.of("Not escalated", "Level 1", "Level 2",
                    "Level 3"), List.of("Reports"), cells);
        }

        void breachTables() {
            SafeWorkingRule[] rules = SafeWorkingRule.values();
            long[][] counts = new long[rules.length][1];
            long[] minutes = new long[rules.length];
            List<String> labels = new ArrayList<>();
            for (SafeWorkingRule r : rules) {
                labels.add(r.title());
            }
            for (Breach b : breaches) {
                SafeWorkingRule.fromId(b.ruleId()).ifPresent(r -> {
                    counts[r.ordinal()][0]++;
                    minutes[r.ordinal()] += b.minutes();
                });
            }
            counts("breaches-by-rule", "Breaches of safe working hours", labels, List.of("Breaches"), counts);
            List<FigureTable.Row> rows = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < rules.length; i++) {
                rows.add(new FigureTable.Row(labels.get(i), List.of(Figure.of(hoursOf(minutes[i])))));
                total += minutes[i];
            }
            tables.put("breach-hours-by-rule", new FigureTable("breach-hours-by-rule", "Hours of breach",
                    FigureTable.Kind.HOURS, List.of("Hours"), rows,
                    new FigureTable.Row(TOTAL, List.of(Figure.of(hoursOf(total))))));
        }

        void vacancies() {
            Set<String> rows = new TreeSet<>();
            Set<String> cols = new TreeSet<>();
            for (BoardInputs.Vacancy v : inputs.vacancies()) {
                rows.add(v.department());
                cols.add(v.grade());
            }
            List<String> rowList = new ArrayList<>(rows);
            List<String> colList = new ArrayList<>(cols);
            long[][] cells = new long[rowList.size()][colList.size()];
            for (BoardInputs.Vacancy v : inputs.vacancies()) {
                cells[rowList.indexOf(v.department())][colList.indexOf(v.grade())] += v.posts();
            }
            plain("vacancies", "Rota gaps (vacant posts) by department and grade", FigureTable.Kind.NUMBER, rowList,
                    colList, toDecimal(cells));
        }

        void locums() {
            TreeMap<String, long[]> shifts = new TreeMap<>();
            TreeMap<String, BigDecimal> hours = new TreeMap<>();
            for (BoardInputs.LocumBooking l : inputs.locums()) {
                String key = l.department() + " — " + l.grade() + " — " + l.reason();
                long[] s = shifts.computeIfAbsent(key, k -> new long[2]);
                s["agency".equalsIgnoreCase(l.kind()) ? 1 : 0] += l.shifts();
                hours.merge(key, l.hours(), BigDecimal::add);
            }
            BigDecimal[][] cells = new BigDecimal[shifts.size()][3];
            int i = 0;
            for (Map.Entry<String, long[]> e : shifts.entrySet()) {
                cells[i][0] = BigDecimal.valueOf(e.getValue()[0]);
                cells[i][1] = BigDecimal.valueOf(e.getValue()[1]);
                cells[i][2] = hours.get(e.getKey());
                i++;
            }
            List<FigureTable.Row> rows = new ArrayList<>();
            BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            i = 0;
            for (String key : shifts.keySet()) {
                List<Figure> row = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    row.add(Figure.of(cells[i][c]));
                    totals[c] = totals[c].add(cells[i][c]);
                }
                rows.add(new FigureTable.Row(key, row));
                i++;
            }
            tables.put("locum-bookings", new FigureTable("locum-bookings",
                    "Locum bookings by department, grade and reason", FigureTable.Kind.NUMBER,
                    List.of("Bank shifts", "Agency shifts", "Hours"), rows, new FigureTable.Row(TOTAL,
                    List.of(Figure.of(totals[0]), Figure.of(totals[1]), Figure.of(totals[2])))));
        }

        void fineTables(String id, String title, FineType type) {
            TreeMap<String, BigDecimal[]> byDept = new TreeMap<>();
            TreeMap<String, Long> countByDept = new TreeMap<>();
            for (Fine f : fines) {
                if (f.type() != type) {
                    continue;
                }
                String dept = f.department() == null ? "Not recorded" : f.department();
                BigDecimal[] sums = byDept.computeIfAbsent(dept, k -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(f.total());
                sums[1] = sums[1].add(f.doctorShare());
                sums[2] = sums[2].add(f.guardianShare());
                countByDept.merge(dept, f.reversal() ? -1L : 1L, Long::sum);
            }
            BigDecimal[][] cells = byDept.values().toArray(new BigDecimal[0][]);
            plain(id, title, FigureTable.Kind.MONEY, new ArrayList<>(byDept.keySet()),
                    List.of("Total", "To doctors", "To the guardian's fund"), cells);
            long[][] counts = new long[countByDept.size()][1];
            int i = 0;
            for (long n : countByDept.values()) {
                counts[i++][0] = Math.max(0, n);
            }
            counts(id + "-count", title.replace("fines", "fines (number)"), new ArrayList<>(countByDept.keySet()),
                    List.of("Fines"), counts);
        }

        void fund(List<String> columns, List<FundSummary> summaries) {
            String[] labels = {"Opening balance", "Fines received", "Spending", "Closing balance"};
            List<FigureTable.Row> rows = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                List<Figure> cells = new ArrayList<>();
                for (FundSummary s : summaries) {
                    cells.add(Figure.of(switch (r) {
                        case 0 -> s.opening();
                        case 1 -> s.fines();
                        case 2 -> s.spend();
                        default -> s.closing();
                    }));
                }
                rows.add(new FigureTable.Row(labels[r], cells));
            }
            tables.put("fund", new FigureTable("fund", "Guardian's fund", FigureTable.Kind.MONEY, columns, rows, null));
            FundSummary whole = summaries.get(summaries.size() - 1);
            values.put("fund-opening", money(whole.opening()));
            values.put("fund-closing", money(whole.closing()));
        }

        /** A suppressed count table: rows × columns, with a total column when several, and a total row. */
        void counts(String id, String title, List<String> rowLabels, List<String> columns, long[][] cells) {
            boolean rowTotals = columns.size() > 1;
            Figure[][] f = Suppression.suppress(cells, columns.size(), rowTotals, true);
            List<String> cols = new ArrayList<>(columns);
            if (rowTotals) {
                cols.add(TOTAL);
            }
            List<FigureTable.Row> rows = new ArrayList<>();
            for (int r = 0; r < rowLabels.size(); r++) {
                rows.add(new FigureTable.Row(rowLabels.get(r), List.of(f[r])));
            }
            tables.put(id, new FigureTable(id, title, FigureTable.Kind.COUNT, cols, rows,
                    new FigureTable.Row(TOTAL, List.of(f[rowLabels.size()]))));
        }

        /** An unsuppressed table with a total column when several columns (not for money) and a total row. */
        void plain(String id, String title, FigureTable.Kind kind, List<String> rowLabels, List<String> columns,
                   BigDecimal[][] cells) {
            boolean rowTotals = columns.size() > 1 && kind != FigureTable.Kind.MONEY;
            List<String> cols = new ArrayList<>(columns);
            if (rowTotals) {
                cols.add(TOTAL);
            }
            BigDecimal[] colTotals = new BigDecimal[cols.size()];
            java.util.Arrays.fill(colTotals, BigDecimal.ZERO);
            List<FigureTable.Row> rows = new ArrayList<>();
            for (int r = 0; r < rowLabels.size(); r++) {
                List<Figure> row = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 0; c < columns.size(); c++) {
                    row.add(Figure.of(cells[r][c]));
                    sum = sum.add(cells[r][c]);
                    colTotals[c] = colTotals[c].add(cells[r][c]);
                }
                if (rowTotals) {
                    row.add(Figure.of(sum));
                    colTotals[columns.size()] = colTotals[columns.size()].add(sum);
                }
                rows.add(new FigureTable.Row(rowLabels.get(r), row));
            }
            List<Figure> total = new ArrayList<>();
            for (BigDecimal t : colTotals) {
                total.add(Figure.of(t));
            }
            tables.put(id, new FigureTable(id, title, kind, cols, rows, new FigureTable.Row(TOTAL, total)));
        }

        BoardFigures build() {
            return new BoardFigures(label, from, until, tables, values);
        }

        private static BigDecimal net(List<Fine> fines, Predicate<Fine> which, Function<Fine, BigDecimal> amount) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Fine f : fines) {
                if (which.test(f)) {
                    sum = sum.add(amount.apply(f));
                }
            }
            return sum;
        }

        private static BigDecimal[][] toDecimal(long[][] cells) {
            BigDecimal[][] out = new BigDecimal[cells.length][];
            for (int r = 0; r < cells.length; r++) {
                out[r] = new BigDecimal[cells[r].length];
                for (int c = 0; c < cells[r].length; c++) {
                    out[r][c] = BigDecimal.valueOf(cells[r][c]);
                }
            }
            return out;
        }

        private static BigDecimal hoursOf(long minutes) {
            return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }

        private static String hours(BigDecimal h) {
            return h == null ? "0" : h.stripTrailingZeros().toPlainString();
        }

        private static String money(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }
}
