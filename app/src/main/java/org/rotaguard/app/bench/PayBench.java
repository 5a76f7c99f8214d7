package org.rotaguard.app.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.pay.PayCalculator;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.io.pay.PayData;

/** {@code rotaguard bench --pay}: prices the whole cohort, element by element, and times it. */
final class PayBench {
    private PayBench() {
    }

    static int run(PrintWriter out, ForkJoinPool pool, ContractPack pack, List<Rota> cohort, int rounds, long duties)
            throws Exception {
        if (!PayData.CONTRACTS.contains(pack.id())) {
            out.println("rotaguard: --pay works with " + String.join(", ", PayData.CONTRACTS));
            return 2;
        }
        PayCalculator calculator = new PayCalculator(PayData.scale(PayData.latestYear()), PayData.rules(pack.id()));
        out.printf(Locale.UK, "pricing: %s, pay year %s%n", pack.id(), calculator.scale().payYear());
        double[] warm = round(pool, calculator, pack, cohort);
        out.printf(Locale.UK, "warm-up: %.3f s (pay bill £%,.0f a year)%n", warm[0], warm[1]);
        out.flush();
        double best = Double.MAX_VALUE;
        double sum = 0;
        for (int r = 1; r <= rounds; r++) {
            double seconds = round(pool, calculator, pack, cohort)[0];
            best = Math.min(best, seconds);
            sum += seconds;
            out.printf(Locale.UK, "round %d: %.3f s, %,.0f duties/s%n", r, seconds, duties / seconds);
            out.flush();
        }
        out.printf(Locale.UK, "wall time to price the whole cohort: best %.3f s, mean %.3f s; %,.0f duties/s at best%n",
                best, sum / rounds, duties / best);
        return 0;
    }

    /** Seconds taken and the cohort's total pay. */
    private static double[] round(ForkJoinPool pool, PayCalculator calculator, ContractPack pack, List<Rota> cohort)
            throws Exception {
        long start = System.nanoTime();
        BigDecimal bill = pool.submit(() -> cohort.parallelStream().map(r -> calculator.price(r, pack.definitions()))
                .map(PayBench::total).reduce(BigDecimal.ZERO, BigDecimal::add)).get();
        return new double[] {(System.nanoTime() - start) / 1e9, bill.doubleValue()};
    }

    private static BigDecimal total(RotaPay pay) {
        return pay.doctors().stream().map(d -> d.total()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
