package org.rotaguard.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.fatigue.DoctorFatigue;
import org.rotaguard.core.fatigue.FatigueBand;
import org.rotaguard.core.fatigue.FatigueModel;
import org.rotaguard.core.fatigue.FatigueScorer;
import org.rotaguard.core.fatigue.RotaFatigue;
import org.rotaguard.core.rota.Rota;

/**
 * The fatigue part of {@code rotaguard bench --fatigue}: the whole cohort scored with the
 * Three Process Model (layout, sleep inference, the model over every 5-minute epoch of every
 * duty), timed on its own and compared with the rule check.
 */
final class FatigueBench {
    private FatigueBench() {
    }

    static void run(PrintWriter out, ForkJoinPool pool, List<Rota> cohort, int rounds, double bestCheck,
                    RotaChecker checker) throws Exception {
        FatigueScorer scorer = new FatigueScorer(FatigueModel.DEFAULT);
        Totals warm = round(pool, scorer, cohort);
        out.printf(Locale.UK, "fatigue (%s): warm-up %.3f s; %,d duties scored, %,d five-minute epochs;"
                        + " %,d amber and %,d red duties%n", FatigueModel.DEFAULT.parameterSet(), warm.seconds,
                warm.duties, warm.minutes / 5, warm.amber, warm.red);
        out.flush();
        double best = Double.MAX_VALUE;
        double sum = 0;
        for (int r = 1; r <= rounds; r++) {
            Totals t = round(pool, scorer, cohort);
            best = Math.min(best, t.seconds);
            sum += t.seconds;
            out.printf(Locale.UK, "fatigue round %d: %.3f s, %,.0f duties/s%n", r, t.seconds, t.duties / t.seconds);
            out.flush();
        }
        out.printf(Locale.UK, "fatigue wall time for the whole cohort: best %.3f s, mean %.3f s; %,.0f duties/s at"
                + " best; %.1f× the rule check%n", best, sum / rounds, warm.duties / best, best / bestCheck);
        cpu(out, pool, cohort, scorer, checker);
    }

    /**
     * Processor time of one check and one fatigue round, all threads together: a figure that
     * holds better than wall time on a machine shared with other work.
     */
    private static void cpu(PrintWriter out, ForkJoinPool pool, List<Rota> cohort, FatigueScorer scorer,
                            RotaChecker checker) throws Exception {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return;
        }
        long c0 = os.getProcessCpuTime();
        pool.submit(() -> cohort.parallelStream().map(checker::check).mapToLong(c -> c.violationCount()).sum()).get();
        long c1 = os.getProcessCpuTime();
        round(pool, scorer, cohort);
        long c2 = os.getProcessCpuTime();
        out.printf(Locale.UK, "processor time, all threads: rule check %.2f s, fatigue %.2f s (%.1f×)%n",
                (c1 - c0) / 1e9, (c2 - c1) / 1e9, (double) (c2 - c1) / (c1 - c0));
    }

    private static final class Totals {
        double seconds;
        long duties;
        long minutes;
        long amber;
        long red;

        Totals add(Totals o) {
            Totals t = new Totals();
            t.duties = duties + o.duties;
            t.minutes = minutes + o.minutes;
            t.amber = amber + o.amber;
            t.red = red + o.red;
            return t;
        }
    }

    private static Totals round(ForkJoinPool pool, FatigueScorer scorer, List<Rota> cohort) throws Exception {
        long start = System.nanoTime();
        Totals totals = pool.submit(() -> cohort.parallelStream().map(scorer::score).map(FatigueBench::totals)
                .reduce(new Totals(), Totals::add)).get();
        totals.seconds = (System.nanoTime() - start) / 1e9;
        return totals;
    }

    private static Totals totals(RotaFatigue fatigue) {
        Totals t = new Totals();
        for (DoctorFatigue d : fatigue.doctors()) {
            t.duties += d.duties().size();
            for (FatigueBand band : FatigueBand.values()) {
                t.minutes += d.minutesIn(band);
            }
            t.amber += d.dutiesIn(FatigueBand.AMBER);
            t.red += d.dutiesIn(FatigueBand.RED);
        }
        return t;
    }
}
