package org.rotaguard.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;

/**
 * Designs a rota for a service with CP-SAT: every rule of the contract pack as a hard
 * constraint, the objectives weighted, and the result re-checked by the {@link RotaChecker}.
 * A designed rota that the checker faults is a defect, reported as {@link DesignDefectException}
 * rather than shown.
 */
public final class Designer {
    private static boolean loaded;
    private final ContractPack pack;

    public Designer(ContractPack pack) {
        this.pack = pack;
    }

    /** Loads OR-Tools' native library once per JVM. */
    static synchronized void loadNative() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    public Design design(ServiceDescription service, DesignOptions options, Progress.Listener listener) {
        loadNative();
        long began = System.nanoTime();
        DesignModel dm = new DesignModel(service, pack, options.mode(), options.allowLocums(), false);
        AtomicInteger solutions = new AtomicInteger();
        AtomicLong firstNanos = new AtomicLong(-1);
        Objectives o = dm.objectives;
        double limit = options.timeLimitSeconds();
        boolean lexicographic = o.locumFactor > 0 && dm.mayLeaveGaps();
        boolean locumProven = true;
        double[] floor = {0};
        if (lexicographic) {
            // First the fewest locum hours (what matters most and what the search finds hardest),
            // then the weighted score with the locum hours held there, starting from that rota.
            dm.m.cp.minimize(o.locum);
            CpSolver first = solver(limit / 4, options);
            CpSolverStatus status = run(first, dm, listener, began, solutions, firstNanos, o.locumFactor, floor);
            if (status == CpSolverStatus.INFEASIBLE) {
                return new Design(Design.Status.INFEASIBLE, null, null, Double.NaN, Double.NaN, null, List.of(),
                        List.of(), seconds(began), Double.NaN);
            }
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                dm.m.cp.addLessOrEqual(o.locum, first.value(o.locum));
                for (IntVar v : dm.decisions()) {
                    dm.m.cp.addHint(v, first.value(v));
                }
                locumProven = status == CpSolverStatus.OPTIMAL;
                // The fewest locum minutes bound the whole score from below (every other term is at least 0).
                floor[0] = first.bestObjectiveBound() * o.locumFactor;
            } else {
                locumProven = false;
            }
            dm.m.cp.minimize(o.objective);
        }
        CpSolver solver = solver(Math.max(1, limit - seconds(began)), options);
        CpSolverStatus status = run(solver, dm, listener, began, solutions, firstNanos, 1, floor);
        double elapsed = seconds(began);
        double first = firstNanos.get() < 0 ? Double.NaN : (firstNanos.get() - began) / 1e9;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            Design.Status s = status == CpSolverStatus.INFEASIBLE ? Design.Status.INFEASIBLE : Design.Status.UNKNOWN;
            if (status == CpSolverStatus.MODEL_INVALID) {
                throw new IllegalStateException("the solver model is invalid: " + solver.getSolutionInfo());
            }
            return new Design(s, null, null, Double.NaN, Math.max(floor[0], solver.bestObjectiveBound()), null,
                    List.of(), List.of(),
                    elapsed, first);
        }
        Rota rota = dm.rota(solver);
        RotaCheck check = new RotaChecker(pack).check(rota);
        if (!check.compliant()) {
            throw new DesignDefectException(check);
        }
        List<Design.LocumGap> gaps = gaps(dm, solver);
        double locumHours = gaps.stream().mapToDouble(g -> g.hours() * (g.everyWeek() ? dm.coverRepeats() : 1)).sum();
        double spread = 0;
        for (IntVar dev : o.deviations) {
            spread += solver.value(dev) / (double) o.scale;
        }
        Design.ObjectiveTerms terms = new Design.ObjectiveTerms(locumHours, locumHours * service.locumRatePerHour(),
                Objectives.count(solver, o.quickReturns), Objectives.count(solver, o.isolatedNights),
                Objectives.count(solver, o.dayAfterNights), Objectives.count(solver, o.longRuns),
                Objectives.count(solver, o.unmetRequests), spread);
        boolean optimal = status == CpSolverStatus.OPTIMAL && locumProven;
        return new Design(optimal ? Design.Status.OPTIMAL : Design.Status.FEASIBLE, rota,
                check, solver.objectiveValue(), Math.max(floor[0], solver.bestObjectiveBound()), terms, gaps, shares(dm, solver, check),
                elapsed, first);
    }

    private static CpSolver solver(double seconds, DesignOptions options) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(options.workerCount());
        return solver;
    }

    /** Solves, reporting progress with scores multiplied by {@code factor} (the locum phase's minutes weigh that much). */
    private static CpSolverStatus run(CpSolver solver, DesignModel dm, Progress.Listener listener, long began,
                                      AtomicInteger solutions, AtomicLong firstNanos, long factor, double[] floor) {
        double[] best = {Double.NaN};
        // A named class: the native side calls accept(Double), which a lambda does not declare.
        solver.setBestBoundCallback(new BoundListener(listener, best, began, solutions, factor, floor));
        return solver.solve(dm.m.cp, new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                firstNanos.compareAndSet(-1, System.nanoTime());
                solutions.incrementAndGet();
                best[0] = objectiveValue() * factor;
                listener.progress(new Progress(best[0], Math.max(floor[0], bestObjectiveBound() * factor),
                        seconds(began), solutions.get()));
            }
        });
    }

    private static List<Design.LocumGap> gaps(DesignModel dm, CpSolver solver) {
        List<Design.LocumGap> gaps = new ArrayList<>();
        for (int c = 0; c < dm.coverDays(); c++) {
            for (int s = 0; s < dm.types.size(); s++) {
                IntVar u = dm.unfilled == null ? null : dm.unfilled[c][s];
                if (u != null && solver.value(u) > 0) {
                    int d = (int) dm.coverDate(c).toEpochDay() - dm.grid.fromDay;
                    int places = (int) solver.value(u);
                    gaps.add(new Design.LocumGap(dm.coverDate(c), dm.types.get(s).code(), places,
                            places * dm.grid.length(d, s) / 60.0, dm.mode == DesignMode.TEMPLATE));
                }
            }
        }
        return gaps;
    }

    private static List<Design.DoctorShare> shares(DesignModel dm, CpSolver solver, RotaCheck check) {
        List<Design.DoctorShare> shares = new ArrayList<>();
        List<DoctorCheck> doctors = check.doctors();
        double ltftTotal = dm.views.stream().mapToDouble(v -> v.doctor.ltft()).sum();
        double[] totals = new double[5];
        double[][] counts = new double[5][dm.views.size()];
        for (int k = 0; k < dm.views.size(); k++) {
            var summary = doctors.get(k).summary();
            counts[0][k] = summary.nights();
            counts[1][k] = summary.weekendsWorked();
            counts[2][k] = summary.longShifts() - countLongNights(dm, solver, k);
            counts[3][k] = summary.onCallPeriods();
            counts[4][k] = summary.totalHours();
            for (int c = 0; c < 5; c++) {
                totals[c] += counts[c][k];
            }
        }
        for (int k = 0; k < dm.views.size(); k++) {
            double f = dm.views.get(k).doctor.ltft() / ltftTotal;
            shares.add(new Design.DoctorShare(dm.views.get(k).doctor.id(), dm.views.get(k).doctor.ltft(),
                    (long) counts[0][k], totals[0] * f, (long) counts[1][k], totals[1] * f, (long) counts[2][k],
                    totals[2] * f, (long) counts[3][k], totals[3] * f, counts[4][k], totals[4] * f,
                    doctors.get(k).summary().averageWeeklyHours()));
        }
        return shares;
    }

    /** Long shifts that are also nights, so that "long days" counts the rest. */
    private static long countLongNights(DesignModel dm, CpSolver solver, int k) {
        DoctorView v = dm.views.get(k);
        long n = 0;
        for (int d = v.reportFrom; d < v.reportTo; d++) {
            for (int s = 0; s < v.types(); s++) {
                var l = v.lit(d, s);
                if (l != null && v.is(d, s, org.rotaguard.core.layout.DutyFlags.LONG)
                        && v.is(d, s, org.rotaguard.core.layout.DutyFlags.NIGHT) && solver.booleanValue(l)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static final class BoundListener implements java.util.function.Consumer<Double> {
        private final Progress.Listener listener;
        private final double[] best;
        private final long began;
        private final AtomicInteger solutions;
        private final long factor;
        private final double[] floor;

        BoundListener(Progress.Listener listener, double[] best, long began, AtomicInteger solutions, long factor,
                      double[] floor) {
            this.floor = floor;
            this.listener = listener;
            this.best = best;
            this.began = began;
            this.solutions = solutions;
            this.factor = factor;
        }

        @Override
        public void accept(Double bound) {
            listener.progress(new Progress(best[0], Math.max(floor[0], bound * factor), seconds(began),
                    solutions.get()));
        }
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    /** A designed rota failed the checker: a defect in the designer's encoding, never shown as a result. */
    public static final class DesignDefectException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RotaCheck check;

        DesignDefectException(RotaCheck check) {
            super("the designed rota fails the checker (a defect in the designer): " + check.doctors().stream()
                    .flatMap(d -> d.violations().stream()).limit(3).map(v -> v.rule() + ": " + v.message())
                    .toList());
            this.check = check;
        }

        public RotaCheck check() {
            return check;
        }
    }
}
