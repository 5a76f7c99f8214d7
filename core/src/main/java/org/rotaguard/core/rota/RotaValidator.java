package org.rotaguard.core.rota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rotaguard.core.time.ZoneClock;

/** Finds everything that keeps a rota from holding together, each located by its file path. */
final class RotaValidator {
    /** Longest roster accepted: ten years of days. */
    static final int MAX_CELLS = 3660;

    private final Rota rota;
    private final List<RotaProblem> problems = new ArrayList<>();

    private RotaValidator(Rota rota) {
        this.rota = rota;
    }

    static List<RotaProblem> problems(Rota rota) {
        RotaValidator v = new RotaValidator(rota);
        v.validate();
        return v.problems;
    }

    private void validate() {
        // A template is laid out a cycle before and two after the report cycle: keep all of it in range.
        if (!ZoneClock.supports(rota.start().minusDays(MAX_CELLS))
                || !ZoneClock.supports(rota.start().plusDays(4 * MAX_CELLS))) {
            problems.add(RotaProblem.at("start", "date " + rota.start() + " is out of range (expected a year from "
                    + (ZoneClock.MIN_YEAR + 11) + " to " + (ZoneClock.MAX_YEAR - 41) + ")"));
            return;
        }
        if (rota.shiftTypes().isEmpty()) {
            problems.add(RotaProblem.at("shifts", "no shift types are defined"));
        }
        if (rota.doctors().isEmpty()) {
            problems.add(RotaProblem.at("doctors", "no doctors are listed"));
        }
        checkDoctorIds();
        if (rota.schedule() instanceof Template template && template.cycleDays() > MAX_CELLS) {
            problems.add(RotaProblem.at("template", template.weekCount() + " weeks is more than the "
                    + MAX_CELLS / 7 + " this program accepts"));
            return;
        }
        if (rota.schedule() instanceof Template template) {
            checkTemplate(template);
        } else {
            checkAssignments((Assignments) rota.schedule());
        }
        if (problems.isEmpty()) {
            OverlapFinder.find(rota, problems);
        }
    }

    private void checkDoctorIds() {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rota.doctors().size(); i++) {
            String id = rota.doctors().get(i).id();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                problems.add(RotaProblem.at("doctors[" + i + "].id",
                        "duplicate doctor id '" + id + "' (already used by doctors[" + first + "])"));
            }
        }
    }

    private void checkTemplate(Template template) {
        int weeks = template.weekCount();
        Map<Integer, String> lineTaken = new HashMap<>();
        for (int i = 0; i < rota.doctors().size(); i++) {
            Doctor doctor = rota.doctors().get(i);
            String path = "doctors[" + i + "].line";
            if (doctor.line() == 0) {
                problems.add(RotaProblem.at(path, "missing: a template rota needs each doctor's starting line (1 to "
                        + weeks + ")"));
            } else if (doctor.line() > weeks) {
                problems.add(RotaProblem.at(path, "line " + doctor.line() + " is out of range: the template has "
                        + weeks + (weeks == 1 ? " line" : " lines") + " (expected 1 to " + weeks + ")"));
            } else if (!rota.shareLines()) {
                String other = lineTaken.putIfAbsent(doctor.line(), doctor.id());
                if (other != null) {
                    problems.add(RotaProblem.at(path, "line " + doctor.line() + " is already taken by doctor '" + other
                            + "' (set shareLines: true to let doctors share a line)"));
                }
            }
        }
        for (int w = 0; w < weeks; w++) {
            checkCells("template[" + w + "]", template.weeks().get(w));
        }
    }

    private void checkAssignments(Assignments assignments) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rota.doctors().size(); i++) {
            Doctor doctor = rota.doctors().get(i);
            ids.add(doctor.id());
            if (doctor.line() != 0) {
                problems.add(RotaProblem.at("doctors[" + i + "].line",
                        "a line applies only to a template rota; this rota has assignments"));
            }
            if (!assignments.days().containsKey(doctor.id())) {
                problems.add(RotaProblem.at("assignments", "missing the days of doctor '" + doctor.id() + "'"));
            }
        }
        assignments.days().forEach((id, cells) -> {
            String path = "assignments." + id;
            if (!ids.contains(id)) {
                problems.add(RotaProblem.at(path, "no doctor has id '" + id + "'"));
            }
            if (cells.isEmpty()) {
                problems.add(RotaProblem.at(path, "no days given (expected at least one cell)"));
            } else if (cells.size() > MAX_CELLS) {
                problems.add(RotaProblem.at(path, cells.size() + " days is more than the " + MAX_CELLS
                        + " this program accepts"));
            }
            checkCells(path, cells);
        });
    }

    private void checkCells(String path, List<Cell> cells) {
        for (int c = 0; c < cells.size(); c++) {
            List<String> codes = cells.get(c).codes();
            Set<String> inCell = new HashSet<>();
            for (String code : codes) {
                if (code.isEmpty()) {
                    problems.add(RotaProblem.atCell(path, c, "empty shift code in '" + cells.get(c)
                            + "' (codes are joined by a single '+')"));
                } else if (!rota.shiftTypes().containsKey(code)) {
                    problems.add(RotaProblem.atCell(path, c, "unknown shift code '" + code + "' (defined: "
                            + String.join(", ", rota.shiftTypes().keySet()) + ")"));
                } else if (!inCell.add(code)) {
                    problems.add(RotaProblem.atCell(path, c, "shift code '" + code + "' appears twice in one day"));
                }
            }
        }
    }

    /** Checks that no two duties of a doctor overlap in real time. */
    private static final class OverlapFinder {
        static void find(Rota rota, List<RotaProblem> problems) {
            ZoneClock clock = ZoneClock.of(rota.zone());
            long startDay = rota.start().toEpochDay();
            if (rota.schedule() instanceof Template template) {
                // Every line walks the same ring of template days, so one walk over the cycle
                // (and on into the next, for the wrap) finds every overlap.
                int days = template.cycleDays();
                Set<String> reported = new HashSet<>();
                scan(rota, clock, startDay, days + 1, day -> template.cell(1, day), day -> {
                    int d = Math.floorMod(day, days);
                    return new int[] {d / 7, d % 7};
                }, (week, cell, message) -> {
                    if (reported.add(week + ":" + cell)) {
                        problems.add(RotaProblem.atCell("template[" + week + "]", cell, message));
                    }
                });
            } else {
                Assignments assignments = (Assignments) rota.schedule();
                assignments.days().forEach((id, cells) -> scan(rota, clock, startDay, cells.size(), cells::get,
                        day -> new int[] {0, day},
                        (ignored, cell, message) -> problems.add(RotaProblem.atCell("assignments." + id, cell, message))));
            }
        }

        interface CellAt {
            Cell at(int day);
        }

        interface Locate {
            int[] of(int day);
        }

        interface Report {
            void problem(int week, int cell, String message);
        }

        private static void scan(Rota rota, ZoneClock clock, long startDay, int days, CellAt cells, Locate locate,
                                 Report report) {
            int previousEnd = Integer.MIN_VALUE;
            String previousLabel = null;
            for (int day = 0; day < days; day++) {
                Cell cell = cells.at(day);
                List<int[]> duties = new ArrayList<>();
                for (String code : cell.codes()) {
                    ShiftType type = rota.shiftType(code);
                    long d = startDay + day;
                    int start = clock.toEpochMinute(LocalDate.ofEpochDay(d), type.start());
                    int end = clock.toEpochMinute(LocalDate.ofEpochDay(type.endsNextDay() ? d + 1 : d), type.end());
                    duties.add(new int[] {start, end, cell.codes().indexOf(code)});
                }
                duties.sort((a, b) -> Integer.compare(a[0], b[0]));
                for (int[] duty : duties) {
                    String code = cell.codes().get(duty[2]);
                    if (duty[0] < previousEnd) {
                        int[] where = locate.of(day);
                        report.problem(where[0], where[1], "duties overlap: " + code + " on "
                                + LocalDate.ofEpochDay(startDay + day) + " starts " + hm(previousEnd - duty[0])
                                + " before " + previousLabel + " ends");
                    }
                    if (duty[1] > previousEnd) {
                        previousEnd = duty[1];
                        previousLabel = "the " + code + " of " + LocalDate.ofEpochDay(startDay + day);
                    }
                }
            }
        }

        private static String hm(int minutes) {
            return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : String.format("%02dm", minutes % 60));
        }
    }
}
