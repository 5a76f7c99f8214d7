package org.rotaguard.solver;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.Literal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rules.AverageWeeklyHoursRule;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.WeekendFrequencyRule;
import org.rotaguard.core.service.CoverRange;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.core.service.ServiceDoctor;

/**
 * Finds the fewest full-time doctors who can staff a service on a cyclic template (one line
 * each) with every rule met and every duty covered, proves that one fewer cannot, and explains
 * why from the solver's infeasibility core: each group of constraints (a rule, the cover of a
 * shift type) is switched on by an assumption, and the assumptions the solver needed for its
 * proof, reduced until none can be left out, are the requirements that cannot all hold.
 */
public final class StaffingSearch {
    private static final int MAX_STEPS = 60;
    private final ContractPack pack;

    public StaffingSearch(ContractPack pack) {
        this.pack = pack;
    }

    /** One headcount tried. */
    public record Attempt(int doctors, Outcome outcome, double seconds) {
    }

    public enum Outcome { STAFFABLE, IMPOSSIBLE, UNDECIDED }

    /**
     * The result.
     *
     * @param minimum     the fewest doctors found to staff the service, or 0 when none was found
     * @param proven      whether one fewer was proven unable to
     * @param attempts    every headcount tried, in order
     * @param explanation why one fewer cannot, or null when that was not proven
     * @param seconds     total time
     */
    public record Result(int minimum, boolean proven, List<Attempt> attempts, Explanation explanation, double seconds) {
    }

    /**
     * Why a headcount cannot staff the service.
     *
     * @param doctors   the headcount
     * @param binding   the requirements that cannot all hold together (none can be dropped from the list)
     * @param minimal   whether the list was reduced to a minimal one (each removal re-proved)
     * @param arithmetic plain counting arguments that show the same, where one applies
     */
    public record Explanation(int doctors, List<ConstraintGroup> binding, boolean minimal, List<String> arithmetic) {
    }

    /** Searches upwards from a lower bound by hours; each headcount gets at most {@code secondsPerAttempt}. */
    public Result minimumDoctors(ServiceDescription service, double secondsPerAttempt, Progress.Listener listener) {
        Designer.loadNative();
        long began = System.nanoTime();
        int lower = Math.max(1, hoursLowerBound(service) - 1);
        List<Attempt> attempts = new ArrayList<>();
        int minimum = 0;
        boolean previousImpossible = false;
        for (int n = lower; n < lower + MAX_STEPS; n++) {
            long t0 = System.nanoTime();
            DesignModel dm = new DesignModel(withDoctors(service, n), pack, DesignMode.TEMPLATE, false, false, false);
            CpSolver solver = solver(secondsPerAttempt);
            CpSolverStatus status = solver.solve(dm.m.cp);
            Outcome outcome = switch (status) {
                case OPTIMAL, FEASIBLE -> Outcome.STAFFABLE;
                case INFEASIBLE -> Outcome.IMPOSSIBLE;
                default -> Outcome.UNDECIDED;
            };
            attempts.add(new Attempt(n, outcome, (System.nanoTime() - t0) / 1e9));
            listener.progress(new Progress(n, n, (System.nanoTime() - began) / 1e9, attempts.size()));
            if (outcome == Outcome.STAFFABLE) {
                minimum = n;
                break;
            }
            previousImpossible = outcome == Outcome.IMPOSSIBLE;
        }
        Explanation explanation = null;
        if (minimum > 1 && previousImpossible) {
            explanation = explain(service, minimum - 1, secondsPerAttempt);
        }
        return new Result(minimum, minimum > 0 && (previousImpossible || minimum == 1), attempts, explanation,
                (System.nanoTime() - began) / 1e9);
    }

    /**
     * Why {@code n} full-time doctors cannot staff the service, or null when the solver cannot
     * show it within the time given.
     */
    public Explanation explain(ServiceDescription service, int n, double seconds) {
        return explain(withDoctors(service, n), DesignMode.TEMPLATE, seconds);
    }

    /**
     * Why the service's own doctors cannot cover every duty in the given mode (the proof behind
     * a design's locum gaps), or null when the solver cannot show it within the time given.
     */
    public Explanation explain(ServiceDescription service, DesignMode mode, double seconds) {
        Designer.loadNative();
        int n = service.doctors().size();
        DesignModel dm = new DesignModel(service, pack, mode, false, true, false);
        Map<Literal, ConstraintGroup> byLiteral = new LinkedHashMap<>();
        dm.m.groups().forEach((g, l) -> byLiteral.put(l, g));
        List<Literal> core = new ArrayList<>(byLiteral.keySet());
        core = infeasibleCore(dm, core, seconds);
        if (core == null) {
            return null;
        }
        boolean minimal = true;
        // Deletion: drop each requirement in turn; if the rest is still impossible, it was not needed.
        for (int i = 0; i < core.size(); ) {
            List<Literal> without = new ArrayList<>(core);
            without.remove(i);
            List<Literal> smaller = without.isEmpty() ? null : infeasibleCore(dm, without, Math.min(seconds, 20));
            if (smaller != null) {
                core = smaller;
                i = 0;
                continue;
            }
            if (!without.isEmpty() && lastUndecided) {
                minimal = false;
            }
            i++;
        }
        List<ConstraintGroup> binding = core.stream().map(byLiteral::get).toList();
        return new Explanation(n, binding, minimal, arithmetic(service, n, binding));
    }

    private boolean lastUndecided;

    /** The assumptions the solver used to prove the rest impossible, or null when it is possible or undecided. */
    private List<Literal> infeasibleCore(DesignModel dm, List<Literal> assumptions, double seconds) {
        dm.m.cp.clearAssumptions();
        dm.m.cp.addAssumptions(assumptions.toArray(new Literal[0]));
        CpSolver solver = solver(seconds);
        CpSolverStatus status = solver.solve(dm.m.cp);
        lastUndecided = status == CpSolverStatus.UNKNOWN;
        if (status != CpSolverStatus.INFEASIBLE) {
            return null;
        }
        List<Integer> indices = solver.sufficientAssumptionsForInfeasibility();
        List<Literal> core = new ArrayList<>();
        for (Literal l : assumptions) {
            if (indices.contains(l.getIndex())) {
                core.add(l);
            }
        }
        return core.isEmpty() ? new ArrayList<>(assumptions) : core;
    }

    private static CpSolver solver(double seconds) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.getParameters().setNumWorkers(Math.max(4, Runtime.getRuntime().availableProcessors()));
        return solver;
    }

    static ServiceDescription withDoctors(ServiceDescription service, int n) {
        List<ServiceDoctor> doctors = new ArrayList<>();
        int width = String.valueOf(n).length();
        for (int i = 1; i <= n; i++) {
            doctors.add(ServiceDoctor.of(Doctor.onLine(String.format(Locale.ROOT, "D%0" + width + "d", i), 0)));
        }
        return service.withDoctors(doctors);
    }

    /** Hours of work the cover needs in an average week. */
    static double weeklyCoverHours(ServiceDescription service) {
        double minutes = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (ShiftType t : service.shiftTypes().values()) {
                CoverRange need = service.cover().on(day, t.code());
                double work = t.onCall() ? t.expectedWork().toSeconds() / 60.0 : t.clockLength().toMinutes();
                minutes += need.min() * work;
            }
        }
        return minutes / 60;
    }

    private int hoursLowerBound(ServiceDescription service) {
        double limit = averageLimitHours();
        return (int) Math.ceil(weeklyCoverHours(service) / limit - 1e-9);
    }

    private double averageLimitHours() {
        return pack.rules().stream().filter(r -> r instanceof AverageWeeklyHoursRule)
                .mapToDouble(r -> ((AverageWeeklyHoursRule) r).limitMinutes() / 60).findFirst().orElse(48);
    }

    /** Counting arguments a clinical director can check by hand, for the rules in the core. */
    private List<String> arithmetic(ServiceDescription service, int n, List<ConstraintGroup> binding) {
        List<String> lines = new ArrayList<>();
        for (ConstraintGroup g : binding) {
            Rule rule = pack.rule(g.id()).orElse(null);
            if (rule instanceof AverageWeeklyHoursRule) {
                double need = weeklyCoverHours(service);
                double limit = averageLimitHours();
                lines.add(String.format(Locale.UK, "The cover needs %.1f hours of work a week; %d doctors at no more"
                        + " than %.0f hours each give at most %.0f.", need, n, limit, n * limit));
            }
            if (rule instanceof WeekendFrequencyRule w) {
                int perWeekend = 0;
                for (DayOfWeek day : List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)) {
                    int heads = 0;
                    for (ShiftType t : service.shiftTypes().values()) {
                        heads += service.cover().on(day, t.code()).min();
                    }
                    perWeekend = Math.max(perWeekend, heads);
                }
                int allowed = n / w.oneIn();
                lines.add(String.format(Locale.UK, "Each weekend needs at least %d doctors on duty (the cover of its"
                        + " busier day, with one duty a day each), %d doctor-weekends in a %d-week cycle; at 1 weekend in %d, %d doctors may"
                        + " work only %d each, %d in all.", perWeekend, perWeekend * n, n, w.oneIn(), n, allowed,
                        allowed * n));
            }
        }
        return lines;
    }
}
