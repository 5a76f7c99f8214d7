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
import org.rotaguard.core.fatigue.FatigueModel;
import org.rotaguard.core.fatigue.FatigueScorer;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Rota;

/**
 * Fatigue scoring on one thread: a slice of the synthetic national cohort (a year of duties
 * per doctor) scored whole (layout, sleep inference, the Three Process Model over every
 * 5-minute epoch on duty), and scored from already laid-out timelines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FatigueBenchmark {
    @Param({"2000"})
    int doctors;

    private List<Rota> cohort;
    private FatigueScorer scorer;
    private List<List<DoctorTimeline>> timelines;

    @Setup(Level.Trial)
    public void setUp() {
        cohort = NationalCohort.build(doctors, 52, 2016);
        scorer = new FatigueScorer(FatigueModel.DEFAULT);
        timelines = cohort.stream().map(r -> RotaLayout.layOut(r, DutyDefinitions.TCS_2016)).toList();
    }

    /** Layout onto real dates, sleep inference and scoring: what `fatigue` does per rota. */
    @Benchmark
    public void scoreCohort(Blackhole hole) {
        for (Rota rota : cohort) {
            hole.consume(scorer.score(rota));
        }
    }

    /** Sleep inference and scoring from timelines already laid out. */
    @Benchmark
    public void scoreTimelines(Blackhole hole) {
        for (List<DoctorTimeline> rota : timelines) {
            for (DoctorTimeline doctor : rota) {
                hole.consume(scorer.score(doctor));
            }
        }
    }
}
