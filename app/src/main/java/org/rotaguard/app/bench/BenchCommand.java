package org.rotaguard.app.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rotaguard bench}: builds a synthetic national cohort and checks all of it against every
 * rule of a contract, timing the checks (layout onto real dates, every rule, the hours summary).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Checks a synthetic national cohort against every rule and reports duties per second.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--doctors", defaultValue = "70000", description = "doctors in the cohort (default ${DEFAULT-VALUE})")
    int doctors;

    @Option(names = "--weeks", defaultValue = "52", description = "weeks rostered per doctor (default ${DEFAULT-VALUE})")
    int weeks;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds after one warm-up (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--threads", description = "worker threads (default: one per processor)")
    Integer threads;

    @Option(names = "--contract", defaultValue = "tcs2016-2019", description = "contract id (default ${DEFAULT-VALUE})")
    String contract;

    @Option(names = "--seed", defaultValue = "2016", description = "random seed of the cohort (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--by-rule", description = "also count the cohort's violations by rule")
    boolean verbose;

    @Option(names = "--fatigue", description = "also score the cohort's fatigue (Three Process Model), timed separately")
    boolean fatigue;

    @Option(names = "--pay", description = "price the cohort (every pay element, latest pay year) instead of checking it")
    boolean pay;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static java.util.Map<String, Long> byRule(ForkJoinPool pool, RotaChecker checker, List<Rota> cohort)
            throws Exception {
        return pool.submit(() -> cohort.parallelStream().map(checker::check)
                .flatMap(c -> c.doctors().stream()).flatMap(d -> d.violations().stream())
                .collect(java.util.stream.Collectors.groupingBy(v -> v.rule(), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))).get();
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (doctors < 1 || weeks < 1 || weeks > 520 || rounds < 1) {
            spec.commandLine().getErr().println("rotaguard: --doctors, --weeks (1–520) and --rounds must be positive");
            return 2;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ContractPack pack = new ContractPackReader().load(contract);
        RotaChecker checker = new RotaChecker(pack);

        long t0 = System.nanoTime();
        List<Rota> cohort = NationalCohort.build(doctors, weeks, seed);
        long built = System.nanoTime() - t0;
        long duties = countDuties(cohort);
        out.printf(Locale.UK, "cohort: %,d doctors in %,d rotas, %d weeks each, %,d duties (built in %.1f s)%n",
                doctors, cohort.size(), weeks, duties, built / 1e9);
        out.printf(Locale.UK, "contract: %s (%d rules), %d worker threads%n", pack.id(), pack.rules().size(), workers);
        out.flush();

        ForkJoinPool pool = new ForkJoinPool(workers);
        if (pay) {
            try {
                return PayBench.run(out, pool, pack, cohort, rounds, duties);
            } finally {
                pool.shutdown();
            }
        }
        try {
            Result warm = round(pool, checker, cohort);
            out.printf(Locale.UK, "warm-up: %.3f s (%,d violations; %,d of %,d doctors compliant)%n",
                    warm.seconds(), warm.violations(), warm.compliantDoctors(), doctors);
            if (verbose) {
                byRule(pool, checker, cohort).forEach((rule, n) -> out.printf(Locale.UK, "  %-32s %,10d%n", rule, n));
            }
            out.flush();
            double best = Double.MAX_VALUE;
            double sum = 0;
            for (int r = 1; r <= rounds; r++) {
                Result result = round(pool, checker, cohort);
                best = Math.min(best, result.seconds());
                sum += result.seconds();
                out.printf(Locale.UK, "round %d: %.3f s, %,.0f duties/s%n", r, result.seconds(),
                        duties / result.seconds());
                out.flush();
            }
            out.printf(Locale.UK, "wall time for the whole cohort: best %.3f s, mean %.3f s; %,.0f duties/s at best%n",
                    best, sum / rounds, duties / best);
            if (fatigue) {
                FatigueBench.run(out, pool, cohort, rounds, best, checker);
            }
        } finally {
            pool.shutdown();
        }
        return 0;
    }

    private record Result(double seconds, long violations, long compliantDoctors) {
    }

    private static Result round(ForkJoinPool pool, RotaChecker checker, List<Rota> cohort) throws Exception {
        long start = System.nanoTime();
        long[] totals = pool.submit(() -> cohort.parallelStream().map(checker::check)
                .map(c -> new long[] {c.violationCount(), compliant(c)})
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})).get();
        return new Result((System.nanoTime() - start) / 1e9, totals[0], totals[1]);
    }

    private static long compliant(RotaCheck check) {
        return check.doctors().stream().filter(d -> d.compliant()).count();
    }

    private static long countDuties(List<Rota> cohort) {
        long n = 0;
        for (Rota rota : cohort) {
            for (var doctor : rota.doctors()) {
                for (var cell : rota.cellsOf(doctor)) {
                    n += cell.codes().size();
                }
            }
        }
        return n;
    }
}
