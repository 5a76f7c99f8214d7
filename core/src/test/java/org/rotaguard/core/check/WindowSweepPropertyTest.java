package org.rotaguard.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rules.HoursInWindowRule;

/** The exact sweep agrees with counting minute by minute, on random rosters around the clock changes. */
class WindowSweepPropertyTest {
    private static final String[] CELLS = {"-", "-", "D", "L", "N", "E", "S", "D+OC"};
    private static final String[] TYPES = {"D 09:00-17:00", "L 08:00-20:30", "N 20:00-07:00", "E 14:00-23:00",
            "S 07:00-12:00", "OC 17:00-07:00 oncall 4h"};

    @Test
    void maxWorkInAny168HoursMatchesBruteForce() {
        qt().withFixedSeed(2016L).withExamples(200).forAll(lists().of(integers().between(0, CELLS.length - 1)).ofSizeBetween(1, 30),
                integers().between(0, 40)).checkAssert((cells, offset) -> {
                    String days = String.join(" ", cells.stream().map(i -> CELLS[i]).toList());
                    var rota = TestRotas.roster(TestRotas.FALL_BACK.minusDays(offset), days, TYPES);
                    DoctorTimeline t = TestRotas.timeline(rota);
                    double exact = HoursInWindowRule.maxWorkMinutes(t, 168 * 60);
                    assertThat(exact).isCloseTo(bruteForce(t, 168 * 60), org.assertj.core.data.Offset.offset(1e-6));
                });
    }

    /** Work per minute, then the best window starting on any minute (window corners are whole minutes). */
    private static double bruteForce(DoctorTimeline t, int window) {
        if (t.size() == 0) {
            return 0;
        }
        int from = t.start(0) - window;
        int to = t.end(t.size() - 1);
        double[] rate = new double[to - from + window + 1];
        for (int i = 0; i < t.size(); i++) {
            double r = t.workMinutes(i) / (t.end(i) - t.start(i));
            for (int m = t.start(i); m < t.end(i); m++) {
                rate[m - from] += r;
            }
        }
        double sum = 0;
        for (int m = 0; m < window; m++) {
            sum += rate[m];
        }
        double best = sum;
        for (int s = 1; s + window < rate.length; s++) {
            sum += rate[s + window - 1] - rate[s - 1];
            best = Math.max(best, sum);
        }
        return best;
    }

}
