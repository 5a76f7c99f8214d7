package org.rotaguard.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.rotaguard.core.guardian.ApprovedHours;
import org.rotaguard.core.guardian.Breach;
import org.rotaguard.core.guardian.FineCalculator;
import org.rotaguard.core.guardian.FineTable;
import org.rotaguard.core.guardian.ReferencePeriod;
import org.rotaguard.core.guardian.SafeWorkingCheck;
import org.rotaguard.core.guardian.WorkedHours;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.contract.ContractPackReader;
import org.rotaguard.io.guardian.FineTableReader;

/**
 * The guardian's recompute on one thread: for each doctor of a slice of the synthetic national
 * cohort, a 26-week placement laid out on real dates, one approved late finish (90 minutes) on
 * every fifth duty, the hours actually worked, every breach with its working, and the fines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuardianBenchmark {
    @Param({"1000"})
    int doctors;

    private final List<Placement> placements = new ArrayList<>();
    private SafeWorkingCheck check;
    private FineTable fines;

    private record Placement(Doctor doctor, DoctorTimeline rostered, List<ApprovedHours> reports, ReferencePeriod period) {
    }

    @Setup(Level.Trial)
    public void setUp() {
        ContractPack pack = new ContractPackReader().load("tcs2016-2019");
        check = new SafeWorkingCheck(pack);
        fines = FineTableReader.standard();
        for (Rota rota : NationalCohort.build(doctors, 26, 2016)) {
            LocalDate from = rota.start();
            LocalDate until = from.plusWeeks(26);
            for (Doctor d : rota.doctors()) {
                DoctorTimeline t = RotaLayout.layOut(rota, pack.definitions(), d, from, until);
                List<ApprovedHours> reports = new ArrayList<>();
                for (int i = 0; i < t.size(); i += 5) {
                    reports.add(new ApprovedHours(d.id() + "-" + i, t.zoned(t.start(i)), t.zoned(t.end(i) + 90),
                            false, i % 10 == 0 ? 30 : 0, null, null));
                }
                placements.add(new Placement(d, t, reports, new ReferencePeriod(from, until, rota.zone())));
            }
        }
    }

    /** Worked hours, breaches and fines for every doctor: what the guardian's recompute does. */
    @Benchmark
    public void recompute(Blackhole hole) {
        for (Placement p : placements) {
            List<Breach> breaches = check.breaches(p.doctor(), WorkedHours.of(p.rostered(), p.reports()), p.reports(),
                    p.period());
            hole.consume(FineCalculator.fines(breaches, 3, "Medicine", fines));
        }
    }
}
