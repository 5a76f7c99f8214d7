package org.rotaguard.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rotaguard.app.bench.NationalCohort;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackReader;

/**
 * The checker on one thread: a slice of the synthetic national cohort (a year of duties per
 * doctor), checked whole, laid out only, and checked from already laid-out timelines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckerBenchmark {
    @Param({"2000"})
    int doctors;

    @Param({"tcs2016-2019"})
    String contract;

    private List<Rota> cohort;
    private RotaChecker checker;
    private List<List<DoctorTimeline>> timelines;

    @Setup(Level.Trial)
    public void setUp() {
        cohort = NationalCohort.build(doctors, 52, 2016);
        checker = new RotaChecker(new ContractPackReader().load(contract));
        timelines = cohort.stream().map(r -> RotaLayout.layOut(r, checker.contract().definitions())).toList();
    }

    /** Layout onto real dates, every rule and the hours summary: what `check` does per rota. */
    @Benchmark
    public void checkCohort(Blackhole hole) {
        for (Rota rota : cohort) {
            hole.consume(checker.check(rota));
        }
    }

    /** Layout onto real dates only. */
    @Benchmark
    public void layOutCohort(Blackhole hole) {
        for (Rota rota : cohort) {
            hole.consume(RotaLayout.layOut(rota, checker.contract().definitions()));
        }
    }

    /** Every rule and the summary, from timelines already laid out. */
    @Benchmark
    public void rulesOnly(Blackhole hole) {
        for (List<DoctorTimeline> rota : timelines) {
            for (DoctorTimeline doctor : rota) {
                hole.consume(checker.check(doctor));
            }
        }
    }
}
