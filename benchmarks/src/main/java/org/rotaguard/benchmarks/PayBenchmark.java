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
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.pay.PayCalculator;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackReader;
import org.rotaguard.io.pay.PayData;

/**
 * The pay engine on one thread: a slice of the synthetic national cohort (a year of duties per
 * doctor) priced whole, and priced from already laid-out timelines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PayBenchmark {
    @Param({"2000"})
    int doctors;

    @Param({"tcs2016-2019"})
    String contract;

    private List<Rota> cohort;
    private ContractPack pack;
    private PayCalculator calculator;
    private List<List<DoctorTimeline>> timelines;

    @Setup(Level.Trial)
    public void setUp() {
        cohort = NationalCohort.build(doctors, 52, 2016);
        pack = new ContractPackReader().load(contract);
        calculator = new PayCalculator(PayData.scale(PayData.latestYear()), PayData.rules(contract));
        timelines = cohort.stream().map(r -> RotaLayout.layOut(r, pack.definitions())).toList();
    }

    /** Layout onto real dates and every pay element with its working: what `pay` does per rota. */
    @Benchmark
    public void priceCohort(Blackhole hole) {
        for (Rota rota : cohort) {
            hole.consume(calculator.price(rota, pack.definitions()));
        }
    }

    /** Every pay element, from timelines already laid out. */
    @Benchmark
    public void elementsOnly(Blackhole hole) {
        for (List<DoctorTimeline> rota : timelines) {
            for (DoctorTimeline doctor : rota) {
                hole.consume(calculator.price(doctor));
            }
        }
    }
}
