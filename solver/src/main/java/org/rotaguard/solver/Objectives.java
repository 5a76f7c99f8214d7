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
import java.util.List;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ObjectiveWeights;
import org.rotaguard.core.service.Request;
import org.rotaguard.core.service.ServiceDoctor;

/**
 * The soft goals, each a separate count so that it can be weighed and reported on its own:
 * locum gaps (minutes of duty left unfilled), fatigue-prone patterns (quick returns, isolated
 * nights, a day shift soon after nights, long runs), unmet requests and, for a roster, how far
 * each doctor's nights, weekends and long days are from a share in proportion to their
 * fraction of full time. In a template every doctor works every line, so shares are equal by
 * construction and patterns are counted once per cycle.
 */
final class Objectives {
    static final int QUICK_RETURN_MINUTES = 14 * 60;
    static final int SOON_AFTER_NIGHTS_MINUTES = 72 * 60;
    static final int LONG_RUN_DAYS = 5;
    /** Fairness categories: nights, weekends, long days, on-call periods, hours of work. */
    static final int CATEGORIES = 5;

    private final DesignModel dm;
    private final RuleEncoder encoder;
    final List<Literal> quickReturns = new ArrayList<>();
    final List<Literal> isolatedNights = new ArrayList<>();
    final List<Literal> dayAfterNights = new ArrayList<>();
    final List<Literal> longRuns = new ArrayList<>();
    final List<Literal> unmetRequests = new ArrayList<>();
    final LinearExprBuilder locumMinutes = LinearExpr.newBuilder();
    /** Roster fairness: per category (nights, weekends, long days), per doctor, the count. */
    final List<List<IntVar>> counts = new ArrayList<>();
    final List<IntVar> deviations = new ArrayList<>();
    /** Sum of the doctors' fractions of full time, in hundredths (the fairness scale). */
    final long scale;

    Objectives(DesignModel dm, RuleEncoder encoder) {
        this.dm = dm;
        this.encoder = encoder;
        List<DoctorView> patternViews = dm.mode == DesignMode.TEMPLATE ? dm.views.subList(0, Math.min(1, dm.views.size()))
                : dm.views;
        for (DoctorView v : patternViews) {
            patterns(v);
        }
        locum();
        long total = 0;
        for (DoctorView v : dm.views) {
            total += hundredths(v.doctor.ltft());
        }
        scale = dm.mode == DesignMode.ROSTER ? Math.max(1, total) : 1;
        if (dm.mode == DesignMode.ROSTER) {
            fairness();
            requests();
        }
        ObjectiveWeights w = dm.service.weights();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        objective.addTerm(locumMinutes.build(), scale * w.locumGaps());
        addAll(objective, quickReturns, scale * 60 * w.quickReturns());
        addAll(objective, isolatedNights, scale * 60 * w.isolatedNights());
        addAll(objective, dayAfterNights, scale * 60 * w.dayAfterNights());
        addAll(objective, longRuns, scale * 60 * w.longRuns());
        addAll(objective, unmetRequests, scale * 60 * w.requests());
        for (int i = 0; i < deviations.size(); i++) {
            // An hour of work away from the fair share weighs an eighth of a duty.
            boolean hours = i / Math.max(1, dm.views.size()) == CATEGORIES - 1;
            objective.addTerm(deviations.get(i), hours ? Math.max(1, 60L * w.fairness() / 8) : 60L * w.fairness());
        }
        this.objective = objective.build();
        this.locum = locumMinutes.build();
        this.locumFactor = scale * w.locumGaps();
        dm.m.cp.minimize(this.objective);
    }

    /** The weighted score. */
    final LinearExpr objective;
    /** Minutes of locum gaps, and what one minute weighs in the score. */
    final LinearExpr locum;
    final long locumFactor;

    private static void addAll(LinearExprBuilder objective, List<Literal> lits, long weight) {
        for (Literal l : lits) {
            objective.addTerm(l, weight);
        }
    }

    static long hundredths(double ltft) {
        return Math.round(ltft * 100);
    }

    /** A literal forced true when all the given literals are (and free to be false otherwise). */
    private Literal whenAll(List<Literal> all) {
        BoolVar p = dm.m.cp.newBoolVar("penalty");
        List<Literal> clause = new ArrayList<>();
        for (Literal l : all) {
            clause.add(l.not());
        }
        clause.add(p);
        dm.m.cp.addBoolOr(clause.toArray(new Literal[0]));
        for (Literal l : all) {
            dm.m.cp.addImplication(p, l); // exact, so that the counts reported are the rota's own
        }
        return p;
    }

    private void patterns(DoctorView v) {
        v.forEachShiftPair(v.reportFrom, v.reportTo, 4, (d, s, a, d2, s2, b, gap) -> {
            if (gap < QUICK_RETURN_MINUTES) {
                quickReturns.add(whenAll(List.of(a, b)));
            }
            if (v.is(d, s, DutyFlags.NIGHT) && !v.is(d2, s2, DutyFlags.NIGHT) && gap < SOON_AFTER_NIGHTS_MINUTES) {
                dayAfterNights.add(whenAll(List.of(a, b)));
            }
        });
        for (int d = v.reportFrom; d < v.reportTo; d++) {
            Literal night = encoder.qualifying(v, d, DutyFlags.NIGHT);
            if (night != null) {
                List<Literal> isolated = new ArrayList<>(List.of(night));
                Literal before = v.laid(d - 1) ? encoder.qualifying(v, d - 1, DutyFlags.NIGHT) : null;
                Literal after = v.laid(d + 1) ? encoder.qualifying(v, d + 1, DutyFlags.NIGHT) : null;
                if (before != null) {
                    isolated.add(before.not());
                }
                if (after != null) {
                    isolated.add(after.not());
                }
                isolatedNights.add(whenAll(isolated));
            }
            List<Literal> run = new ArrayList<>();
            for (int k = 0; k <= LONG_RUN_DAYS && v.laid(d + k); k++) {
                Literal q = encoder.qualifying(v, d + k, DutyFlags.SHIFT);
                if (q == null) {
                    run = null;
                    break;
                }
                run.add(q);
            }
            if (run != null && run.size() == LONG_RUN_DAYS + 1) {
                longRuns.add(whenAll(run));
            }
        }
    }

    private void locum() {
        if (dm.unfilled == null) {
            return;
        }
        for (int c = 0; c < dm.coverDays(); c++) {
            for (int s = 0; s < dm.types.size(); s++) {
                IntVar u = dm.unfilled[c][s];
                if (u != null) {
                    int d = (int) dm.coverDate(c).toEpochDay() - dm.grid.fromDay;
                    locumMinutes.addTerm(u, (long) dm.grid.length(d, s) * dm.coverRepeats());
                }
            }
        }
    }

    /**
     * Nights, weekends, long days (long shifts that are not nights), on-call periods and hours of
     * work (whole hours) per doctor, against shares by fraction of full time.
     */
    private void fairness() {
        List<DoctorView> views = dm.views;
        for (int category = 0; category < CATEGORIES; category++) {
            List<IntVar> perDoctor = new ArrayList<>();
            for (DoctorView v : views) {
                LinearExprBuilder count = LinearExpr.newBuilder();
                if (category == 1) {
                    for (int sat = v.reportFrom - 1; sat < v.reportTo; sat++) {
                        if (LocalDate.ofEpochDay(sat).getDayOfWeek() != DayOfWeek.SATURDAY) {
                            continue;
                        }
                        List<Literal> lits = new ArrayList<>();
                        for (int d = sat - 1; d <= sat + 1; d++) {
                            for (int s = 0; s < v.types(); s++) {
                                Literal l = v.lit(d, s);
                                if (l != null && v.weekendSaturday(d, s) == sat) {
                                    lits.add(l);
                                }
                            }
                        }
                        Literal w = dm.m.anyOf(lits);
                        if (w != null) {
                            count.add(w);
                        }
                    }
                } else {
                    for (int d = v.reportFrom; d < v.reportTo; d++) {
                        for (int s = 0; s < v.types(); s++) {
                            Literal l = v.lit(d, s);
                            if (l == null) {
                                continue;
                            }
                            switch (category) {
                                case 0 -> count.addTerm(l, v.is(d, s, DutyFlags.NIGHT) ? 1 : 0);
                                case 2 -> count.addTerm(l, v.is(d, s, DutyFlags.LONG)
                                        && !v.is(d, s, DutyFlags.NIGHT) ? 1 : 0);
                                case 3 -> count.addTerm(l, v.is(d, s, DutyFlags.ON_CALL) ? 1 : 0);
                                default -> count.addTerm(l, Math.round(v.workSeconds(d, s) / 3600.0));
                            }
                        }
                    }
                }
                // One variable per count keeps each deviation constraint to three terms.
                IntVar n = dm.m.cp.newIntVar(0, 1_000_000, "count" + category + "_" + perDoctor.size());
                dm.m.cp.addEquality(n, count.build());
                perDoctor.add(n);
            }
            counts.add(perDoctor);
            LinearExprBuilder total = LinearExpr.newBuilder();
            perDoctor.forEach(total::add);
            IntVar all = dm.m.cp.newIntVar(0, 100_000_000, "total" + category);
            dm.m.cp.addEquality(all, total.build());
            for (int k = 0; k < views.size(); k++) {
                long a = hundredths(views.get(k).doctor.ltft());
                IntVar dev = dm.m.cp.newIntVar(0, 10_000_000_000L, "dev" + category + "_" + k);
                // dev ≥ |scale × n_k − a_k × total|
                LinearExpr diff = LinearExpr.newBuilder().addTerm(perDoctor.get(k), scale).addTerm(all, -a).build();
                dm.m.cp.addGreaterOrEqual(dev, diff);
                dm.m.cp.addGreaterOrEqual(LinearExpr.newBuilder().add(dev).addTerm(perDoctor.get(k), scale)
                        .addTerm(all, -a).build(), 0);
                deviations.add(dev);
            }
        }
    }

    private void requests() {
        for (int k = 0; k < dm.views.size(); k++) {
            ServiceDoctor sd = dm.service.doctors().get(k);
            DoctorView v = dm.views.get(k);
            for (Request r : sd.requests()) {
                int day = (int) r.date().toEpochDay();
                if (!v.laid(day)) {
                    continue;
                }
                if (r.wantsOff()) {
                    List<Literal> lits = new ArrayList<>();
                    for (int s = 0; s < v.types(); s++) {
                        if (v.lit(day, s) != null) {
                            lits.add(v.lit(day, s));
                        }
                    }
                    Literal any = dm.m.anyOf(lits);
                    if (any != null) {
                        unmetRequests.add(any);
                    }
                } else {
                    int s = dm.types.stream().map(t -> t.code()).toList().indexOf(r.code());
                    Literal l = v.lit(day, s);
                    unmetRequests.add(l == null ? dm.m.trueLiteral() : l.not());
                }
            }
        }
    }

    static long count(CpSolver solver, List<Literal> lits) {
        long n = 0;
        for (Literal l : lits) {
            n += solver.booleanValue(l) ? 1 : 0;
        }
        return n;
    }
}
