package org.rotaguard.app.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.Template;
import org.rotaguard.core.rules.DutyRef;
import org.rotaguard.core.rules.Violation;
import org.rotaguard.io.report.GridDays;

/**
 * A checked rota laid out for people: the grid of doctors × days with each cell's kind of shift
 * and the findings that concern it, the findings numbered, and each doctor's hours per week.
 */
public final class RotaAnalysis {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    /** A column of the grid. */
    public record Day(int index, LocalDate date, String dayName, String dateLabel, boolean weekend,
                      boolean bankHoliday, int week) {
    }

    /** A cell of the grid with the numbers of the findings that concern it. */
    public record GridCell(String id, String doctorId, int day, String text, String kind, List<Integer> findings) {
        public boolean flagged() {
            return !findings.isEmpty();
        }
    }

    /** A finding, numbered on the page, with the cells its duties fall on. */
    public record Finding(int number, String doctorId, String doctorLabel, Violation violation, String from,
                          String to, List<String> cellIds, List<String> duties) {
    }

    /** A doctor's row: the cells, the check result and the hours of each week of the rota. */
    public record Row(Doctor doctor, DoctorCheck check, List<GridCell> cells, List<Integer> findings,
                      double[] weeklyHours, String chartSvg) {
    }

    private final Rota rota;
    private final RotaCheck check;
    private final List<Day> days;
    private final List<Row> rows;
    private final List<Finding> findings;
    private final Map<String, String> kinds;

    private RotaAnalysis(Rota rota, RotaCheck check, List<Day> days, List<Row> rows, List<Finding> findings,
                         Map<String, String> kinds) {
        this.rota = rota;
        this.check = check;
        this.days = days;
        this.rows = rows;
        this.findings = findings;
        this.kinds = kinds;
    }

    public static RotaAnalysis of(RotaCheck check) {
        Rota rota = check.rota();
        List<DoctorTimeline> timelines = RotaLayout.layOut(rota, check.contract().definitions());
        Map<String, String> kinds = kinds(rota, timelines);
        int dayCount = dayCount(rota);
        List<Day> days = days(rota, dayCount);
        List<Finding> findings = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < check.doctors().size(); r++) {
            DoctorCheck doctorCheck = check.doctors().get(r);
            Doctor doctor = doctorCheck.doctor();
            List<Cell> cells = rota.cellsOf(doctor);
            Map<Integer, List<Integer>> byDay = new HashMap<>();
            List<Integer> withoutCell = new ArrayList<>();
            for (Violation v : doctorCheck.violations()) {
                int number = findings.size() + 1;
                List<String> cellIds = new ArrayList<>();
                List<String> duties = new ArrayList<>();
                for (DutyRef duty : v.duties()) {
                    int day = GridDays.of(rota, cells.size(), duty);
                    duties.add(duty.code() + " " + WHEN.format(duty.start()) + " – " + WHEN.format(duty.end()));
                    if (day >= 0) {
                        String id = cellId(doctor, day);
                        if (!cellIds.contains(id)) {
                            cellIds.add(id);
                            byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(number);
                        }
                    }
                }
                if (cellIds.isEmpty()) {
                    withoutCell.add(number);
                }
                findings.add(new Finding(number, doctor.id(), doctor.label(), v, WHEN.format(v.start()),
                        WHEN.format(v.end()), cellIds, duties));
            }
            List<GridCell> gridCells = new ArrayList<>(cells.size());
            for (int d = 0; d < cells.size(); d++) {
                Cell cell = cells.get(d);
                String kind = cell.isOff() ? "off" : kinds.getOrDefault(cell.codes().get(0), "day");
                gridCells.add(new GridCell(cellId(doctor, d), doctor.id(), d, cell.toString(), kind,
                        List.copyOf(byDay.getOrDefault(d, List.of()))));
            }
            double[] weekly = weeklyHours(timelines.get(r));
            rows.add(new Row(doctor, doctorCheck, gridCells, withoutCell, weekly,
                    WeeklyHoursChart.svg(doctor.label(), weekly)));
        }
        return new RotaAnalysis(rota, check, days, rows, findings, kinds);
    }

    public static String cellId(Doctor doctor, int day) {
        return "cell-" + doctor.id().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + day;
    }

    private static int dayCount(Rota rota) {
        if (rota.schedule() instanceof Template template) {
            return template.cycleDays();
        }
        return rota.doctors().stream().mapToInt(d -> rota.cellsOf(d).size()).max().orElse(0);
    }

    private static List<Day> days(Rota rota, int count) {
        LocalDate first = rota.start();
        Set<LocalDate> holidays = BankHolidays.between(first, first.plusDays(count), rota.bankHolidays());
        List<Day> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(i);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            days.add(new Day(i, date, DAY.format(date), DATE.format(date), weekend, holidays.contains(date), i / 7 + 1));
        }
        return days;
    }

    /** Each shift code's kind under the contract's definitions, from its first duty on the rota. */
    private static Map<String, String> kinds(Rota rota, List<DoctorTimeline> timelines) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (DoctorTimeline t : timelines) {
            for (int i = 0; i < t.size(); i++) {
                kinds.putIfAbsent(t.shiftType(i).code(), kind(t.flags(i)));
            }
        }
        for (String code : rota.shiftTypes().keySet()) {
            kinds.putIfAbsent(code, rota.shiftTypes().get(code).onCall() ? "on-call" : "day");
        }
        return kinds;
    }

    private static String kind(int flags) {
        if (DutyFlags.has(flags, DutyFlags.ON_CALL)) {
            return "on-call";
        }
        if (DutyFlags.has(flags, DutyFlags.NIGHT)) {
            return "night";
        }
        if (DutyFlags.has(flags, DutyFlags.LONG_EVENING)) {
            return "long-evening";
        }
        if (DutyFlags.has(flags, DutyFlags.LONG)) {
            return "long";
        }
        return "day";
    }

    /** Work in each week of the report range, each duty counted in the week it starts. */
    static double[] weeklyHours(DoctorTimeline t) {
        int weeks = (t.reportDays() + 6) / 7;
        double[] hours = new double[weeks];
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            int week = (t.day(i) - t.reportFromDay()) / 7;
            hours[week] += t.workMinutes(i) / 60.0;
        }
        return hours;
    }

    public Rota rota() {
        return rota;
    }

    public RotaCheck check() {
        return check;
    }

    public List<Day> days() {
        return days;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Shift codes with their kind (day, long, long-evening, night, on-call). */
    public Map<String, String> kinds() {
        return kinds;
    }

    /** Days grouped in weeks, for the grid's header. */
    public int weeks() {
        return (days.size() + 6) / 7;
    }
}
