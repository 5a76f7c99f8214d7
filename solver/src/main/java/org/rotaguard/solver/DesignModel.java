package org.rotaguard.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.service.CoverRange;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.Request;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.core.service.ServiceDoctor;
import org.rotaguard.core.time.ZoneClock;

/**
 * The designer's model of one service: a literal for every duty a doctor could work, every
 * rule of the contract as hard constraints on each doctor's real dates, the cover as
 * constraints per day (with locum gaps where allowed) and the objective terms.
 *
 * <p>Template mode: one template week per doctor; doctor k starts on line k and, as in the rota
 * file, works template week (k − 1 + w) mod W in week w. A literal per template cell is shared
 * by every doctor; each doctor's view maps it onto the real dates that doctor works it, so
 * clock changes are seen exactly where they fall. Roster mode: a literal per doctor per date.
 */
final class DesignModel {
    /** Days either side of the cycle on which template constraints are also imposed (runs and windows wrap). */
    private static final int MARGIN_DAYS = 14;
    static final ConstraintGroup STRUCTURE = ConstraintGroup.STRUCTURE;

    final ServiceDescription service;
    final ContractPack pack;
    final DesignMode mode;
    final SolverModel m;
    final List<ShiftType> types;
    final DutyGrid grid;
    final ZoneClock clock;
    final int startDay;
    /** Days of the cycle (template) or of the placement (roster). */
    final int days;
    final List<Doctor> doctors = new ArrayList<>();
    final List<DoctorView> views = new ArrayList<>();
    /** Template: [position][type]; roster: unused. */
    BoolVar[][] template;
    /** Roster: [doctor][day][type], null where the doctor cannot work. */
    BoolVar[][][] roster;
    /** Unfilled places: [cover day][type] (template: the 7 weekday columns), null when none may be left. */
    IntVar[][] unfilled;
    final Objectives objectives;

    DesignModel(ServiceDescription service, ContractPack pack, DesignMode mode, boolean allowLocums,
                boolean withAssumptions) {
        this(service, pack, mode, allowLocums, withAssumptions, true);
    }

    DesignModel(ServiceDescription service, ContractPack pack, DesignMode mode, boolean allowLocums,
                boolean withAssumptions, boolean withObjectives) {
        this.service = service;
        this.pack = pack;
        this.mode = mode;
        this.m = new SolverModel(withAssumptions);
        this.types = List.copyOf(service.shiftTypes().values());
        this.clock = ZoneClock.of(service.zone());
        this.startDay = (int) service.start().toEpochDay();
        for (Rule rule : pack.rules()) {
            if (!RuleEncoder.supports(rule)) {
                new RuleEncoder(m, clock).encode(rule, null); // throws with the rule named
            }
        }
        int n = service.doctors().size();
        if (mode == DesignMode.TEMPLATE) {
            refuseWhatATemplateCannotHonour();
            days = 7 * n;
            int margin = Math.max(days, 28);
            grid = new DutyGrid(service.start().minusDays(margin), days + 2 * margin, service.zone(), types,
                    pack.definitions());
            buildTemplate(n, margin);
        } else {
            days = 7 * service.placementWeeks();
            grid = new DutyGrid(service.start(), days, service.zone(), types, pack.definitions());
            buildRoster(n);
        }
        RuleEncoder encoder = new RuleEncoder(m, clock);
        for (DoctorView v : views) {
            encoder.noOverlaps(STRUCTURE, v);
            for (Rule rule : pack.rules()) {
                encoder.encode(rule, v);
            }
        }
        if (mode == DesignMode.ROSTER) {
            lessThanFullTimeHours(encoder);
        }
        cover(allowLocums);
        objectives = withObjectives ? new Objectives(this, encoder) : null;
    }

    private void refuseWhatATemplateCannotHonour() {
        for (ServiceDoctor d : service.doctors()) {
            if (d.doctor().lessThanFullTime()) {
                throw new IllegalArgumentException("doctor " + d.id() + " works less than full time; in a template"
                        + " every doctor works every line, so design a roster (--mode roster) instead");
            }
            if (d.hasFixedDays()) {
                throw new IllegalArgumentException("doctor " + d.id() + " has leave, fixed days, non-working days or"
                        + " requests, which a shared cyclic template cannot honour; design a roster (--mode roster)");
            }
        }
    }

    private void buildTemplate(int n, int margin) {
        template = new BoolVar[days][types.size()];
        for (int p = 0; p < days; p++) {
            for (int s = 0; s < types.size(); s++) {
                template[p][s] = m.cp.newBoolVar("t" + p + "_" + types.get(s).code());
            }
        }
        for (int k = 0; k < n; k++) {
            Doctor doctor = lined(service.doctors().get(k).doctor(), k + 1);
            doctors.add(doctor);
            int offset = 7 * k;
            DoctorView.Duties duties = (day, s) -> template[Math.floorMod(offset + day - startDay, days)][s];
            views.add(new DoctorView(doctor, grid, duties, startDay - margin, startDay + days + margin,
                    startDay - MARGIN_DAYS, startDay + days + MARGIN_DAYS, startDay, startDay + days, true));
        }
    }

    private void buildRoster(int n) {
        roster = new BoolVar[n][days][types.size()];
        for (int k = 0; k < n; k++) {
            ServiceDoctor sd = service.doctors().get(k);
            doctors.add(lined(sd.doctor(), 0));
            for (int d = 0; d < days; d++) {
                LocalDate date = service.start().plusDays(d);
                for (int s = 0; s < types.size(); s++) {
                    if (sd.available(date)) {
                        roster[k][d][s] = m.cp.newBoolVar("r" + k + "_" + d + "_" + types.get(s).code());
                    }
                }
            }
            BoolVar[][] own = roster[k];
            DoctorView.Duties duties = (day, s) -> own[day - startDay][s];
            views.add(new DoctorView(doctors.get(k), grid, duties, startDay, startDay + days, startDay,
                    startDay + days, startDay, startDay + days, false));
        }
    }

    private static Doctor lined(Doctor d, int line) {
        return new Doctor(d.id(), d.name(), d.grade(), d.nodalPoint(), d.ltft(), d.wtrOptOut(), line,
                d.prospectiveCover());
    }

    /** A less-than-full-time doctor works at most that fraction of the full-time average (48 hours a week). */
    private void lessThanFullTimeHours(RuleEncoder encoder) {
        double fullTime = pack.rules().stream()
                .filter(r -> r instanceof org.rotaguard.core.rules.AverageWeeklyHoursRule)
                .mapToDouble(r -> ((org.rotaguard.core.rules.AverageWeeklyHoursRule) r).limitMinutes())
                .findFirst().orElse(48 * 60);
        ConstraintGroup g = new ConstraintGroup("ltft-hours",
                "a less-than-full-time doctor works at most that fraction of the full-time average week");
        for (DoctorView v : views) {
            if (!v.doctor.lessThanFullTime()) {
                continue;
            }
            List<Literal> lits = new ArrayList<>();
            List<Long> work = new ArrayList<>();
            for (int d = v.reportFrom; d < v.reportTo; d++) {
                for (int s = 0; s < types.size(); s++) {
                    Literal l = v.lit(d, s);
                    if (l != null) {
                        lits.add(l);
                        work.add(7 * v.workSeconds(d, s));
                    }
                }
            }
            long bound = (long) Math.floor(fullTime * 60 * v.doctor.ltft() * (v.reportTo - v.reportFrom));
            m.atMost(g, lits, work.stream().mapToLong(Long::longValue).toArray(), bound, List.of());
        }
    }

    ConstraintGroup coverGroup(ShiftType type) {
        return new ConstraintGroup("cover:" + type.code(), "the cover of " + type.label() + " (" + type.code()
                + ", " + type.start() + "–" + type.end() + "): " + coverText(type.code()));
    }

    /** "2 every day" or "Mon 2, Tue 2, ..., Sun 1" (how many doctors the cover needs). */
    private String coverText(String code) {
        List<String> parts = new ArrayList<>();
        java.util.Set<CoverRange> distinct = new java.util.LinkedHashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            CoverRange r = service.cover().on(day, code);
            distinct.add(r);
            parts.add(day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " " + r);
        }
        String text = distinct.size() == 1 ? distinct.iterator().next() + " every day" : String.join(", ", parts);
        return text + (mode == DesignMode.ROSTER && service.cover().bankHoliday() != null
                && service.cover().bankHoliday().containsKey(code) ? ", bank holidays "
                + service.cover().bankHoliday().get(code) : "");
    }

    /** Cover days: the 7 weekday columns of a template, or every date of a roster. */
    int coverDays() {
        return mode == DesignMode.TEMPLATE ? 7 : days;
    }

    LocalDate coverDate(int c) {
        return service.start().plusDays(c);
    }

    CoverRange need(int c, int s) {
        LocalDate date = coverDate(c);
        boolean bankHoliday = mode == DesignMode.ROSTER && service.bankHolidays().contains(date);
        return service.cover().on(date, bankHoliday, types.get(s).code());
    }

    /** The literals of the doctors who could work type s on cover day c. */
    List<Literal> working(int c, int s) {
        List<Literal> lits = new ArrayList<>();
        if (mode == DesignMode.TEMPLATE) {
            for (int w = 0; w < days / 7; w++) {
                lits.add(template[7 * w + c][s]);
            }
        } else {
            for (BoolVar[][] doctor : roster) {
                if (doctor[c][s] != null) {
                    lits.add(doctor[c][s]);
                }
            }
        }
        return lits;
    }

    private void cover(boolean allowLocums) {
        unfilled = new IntVar[coverDays()][types.size()];
        for (int c = 0; c < coverDays(); c++) {
            for (int s = 0; s < types.size(); s++) {
                CoverRange need = need(c, s);
                List<Literal> lits = working(c, s);
                ConstraintGroup g = coverGroup(types.get(s));
                LinearExprBuilder sum = LinearExpr.newBuilder();
                for (Literal l : lits) {
                    sum.add(l);
                }
                if (need.min() > 0) {
                    if (allowLocums) {
                        unfilled[c][s] = m.cp.newIntVar(0, need.min(), "unfilled" + c + "_" + s);
                        sum.add(unfilled[c][s]);
                    }
                    m.enforce(g, m.cp.addGreaterOrEqual(sum, need.min()));
                }
                if (need.byGrade() != null) {
                    gradeCover(c, s, need, g);
                }
                if (need.hasMax() && need.max() < lits.size()) {
                    LinearExprBuilder doctorsOnly = LinearExpr.newBuilder();
                    for (Literal l : lits) {
                        doctorsOnly.add(l);
                    }
                    m.enforce(g, m.cp.addLessOrEqual(doctorsOnly, need.max()));
                }
            }
        }
    }

    /**
     * At least so many of the doctors on the shift of the named grades. A locum filling an
     * unfilled place is taken to be of a suitable grade, so the place counts for both.
     */
    private void gradeCover(int c, int s, CoverRange need, ConstraintGroup g) {
        CoverRange.GradeCover byGrade = need.byGrade();
        if (mode == DesignMode.TEMPLATE) {
            boolean all = service.doctors().stream().allMatch(d -> byGrade.grades().contains(d.doctor().grade()));
            if (!all) {
                throw new IllegalArgumentException("the cover of " + types.get(s).code() + " needs " + byGrade
                        + "; in a template every doctor works every line, so design a roster (--mode roster)");
            }
            return;
        }
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int k = 0; k < roster.length; k++) {
            if (roster[k][c][s] != null && byGrade.grades().contains(doctors.get(k).grade())) {
                sum.add(roster[k][c][s]);
            }
        }
        if (unfilled[c][s] != null) {
            sum.add(unfilled[c][s]);
        }
        m.enforce(g, m.cp.addGreaterOrEqual(sum, byGrade.min()));
    }

    /** Weeks of the template cycle (template) or 1 (roster): how often a cover day recurs in what is designed. */
    int coverRepeats() {
        return mode == DesignMode.TEMPLATE ? days / 7 : 1;
    }

    /** The decision variables: duty literals and unfilled places. */
    List<IntVar> decisions() {
        List<IntVar> all = new ArrayList<>();
        if (template != null) {
            for (BoolVar[] cell : template) {
                all.addAll(List.of(cell));
            }
        }
        if (roster != null) {
            for (BoolVar[][] doctor : roster) {
                for (BoolVar[] day : doctor) {
                    for (BoolVar v : day) {
                        if (v != null) {
                            all.add(v);
                        }
                    }
                }
            }
        }
        if (unfilled != null) {
            for (IntVar[] day : unfilled) {
                for (IntVar v : day) {
                    if (v != null) {
                        all.add(v);
                    }
                }
            }
        }
        return all;
    }

    boolean mayLeaveGaps() {
        return decisions().stream().anyMatch(v -> v.getName().startsWith("unfilled"));
    }

    /** The rota the solver's values describe. */
    Rota rota(CpSolver solver) {
        Rota.Builder b = Rota.builder(service.start()).zone(service.zone())
                .name(service.name().isEmpty() ? "Designed rota" : service.name());
        service.contractId().ifPresent(b::contract);
        types.forEach(b::shift);
        b.doctors(doctors);
        if (mode == DesignMode.TEMPLATE) {
            List<List<Cell>> weeks = new ArrayList<>();
            for (int w = 0; w < days / 7; w++) {
                List<Cell> week = new ArrayList<>();
                for (int j = 0; j < 7; j++) {
                    week.add(cell(solver, template[7 * w + j], startDay + 7 * w + j));
                }
                weeks.add(week);
            }
            b.schedule(new Template(weeks));
        } else {
            Map<String, List<Cell>> cells = new LinkedHashMap<>();
            for (int k = 0; k < doctors.size(); k++) {
                List<Cell> row = new ArrayList<>();
                for (int d = 0; d < days; d++) {
                    row.add(cell(solver, roster[k][d], startDay + d));
                }
                cells.put(doctors.get(k).id(), row);
            }
            b.schedule(new Assignments(cells));
        }
        return b.build();
    }

    /** The codes worked on one day, in order of their start. */
    private Cell cell(CpSolver solver, BoolVar[] day, int epochDay) {
        List<Integer> worked = new ArrayList<>();
        for (int s = 0; s < types.size(); s++) {
            if (day[s] != null && solver.booleanValue(day[s])) {
                worked.add(s);
            }
        }
        int d = epochDay - grid.fromDay;
        worked.sort((a, c) -> Integer.compare(grid.start[d][a], grid.start[d][c]));
        return new Cell(worked.stream().map(s -> types.get(s).code()).toList());
    }

    boolean isWeekendDay(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static boolean isRequestMet(Request r, Cell cell) {
        return r.wantsOff() ? cell.isOff() : cell.codes().contains(r.code());
    }

    static int flagOf(ShiftType t) {
        return t.onCall() ? DutyFlags.ON_CALL : DutyFlags.SHIFT;
    }
}
