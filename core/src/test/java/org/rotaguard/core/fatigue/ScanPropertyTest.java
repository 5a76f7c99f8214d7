package org.rotaguard.core.fatigue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.time.ZoneClock;

/**
 * The scoring loop (carried exponentials, per-minute clock table) agrees with evaluating the
 * closed-form model at every epoch, on random sleep histories across both clock changes.
 */
class ScanPropertyTest {
    private static final ZoneClock LONDON = ZoneClock.london();

    @Test
    void scanMatchesTheClosedFormAtEveryEpoch() {
        qt().withFixedSeed(2016L).withExamples(150).forAll(lists().of(integers().between(1, 20 * 60)).ofSizeBetween(0, 16),
                integers().between(0, 20), integers().between(0, 3000), integers().between(1, 30 * 60))
                .checkAssert((gaps, daysBefore, dutyOffset, dutyLength) -> {
                    var day = (daysBefore % 2 == 0 ? TestRotas.SPRING_FORWARD : TestRotas.FALL_BACK)
                            .minusDays(daysBefore / 2);
                    int start = LONDON.toEpochMinute(day, LocalTime.of(23, 0));
                    int[] s = new int[gaps.size() / 2];
                    int[] e = new int[gaps.size() / 2];
                    int t = start;
                    for (int i = 0; i < s.length; i++) {
                        s[i] = t + gaps.get(2 * i) - 1;
                        e[i] = s[i] + gaps.get(2 * i + 1);
                        t = e[i];
                    }
                    SleepEpisodes sleep = SleepEpisodes.inferred(s, e, s.length);
                    int end = t + 4000;
                    ThreeProcessModel model = ThreeProcessModel.run(TpmParameters.DEFAULTS, LONDON.zone(), start,
                            end, sleep);
                    int from = start + dutyOffset;
                    int to = from + dutyLength;
                    DutyStats stats = new DutyStats();
                    stats.reset();
                    model.scan(from, to, stats);
                    DutyStats direct = new DutyStats();
                    direct.reset();
                    for (int m = model.firstEpochFrom(from); m < to; m += ThreeProcessModel.STEP_MINUTES) {
                        ModelPoint p = model.at(m);
                        direct.add(m, p.alertness(), p.kss());
                    }
                    assertThat(stats.epochs).isEqualTo(direct.epochs);
                    if (direct.epochs > 0) {
                        assertThat(stats.maxKss).isCloseTo(direct.maxKss, within(1e-9));
                        assertThat(stats.sumKss / stats.epochs).isCloseTo(direct.sumKss / direct.epochs, within(1e-9));
                        assertThat(stats.minAlertness).isCloseTo(direct.minAlertness, within(1e-9));
                        assertThat(stats.sumAlertness).isCloseTo(direct.sumAlertness, within(1e-7));
                        assertThat(stats.epochsKss7).isEqualTo(direct.epochsKss7);
                        assertThat(stats.epochsKss8).isEqualTo(direct.epochsKss8);
                    }
                });
    }

    @Test
    void theGridIsAlignedToTheStartOfTheSimulation() {
        int start = LONDON.toEpochMinute(TestRotas.MONDAY, LocalTime.of(23, 0));
        ThreeProcessModel model = ThreeProcessModel.run(TpmParameters.DEFAULTS, LONDON.zone(), start, start + 6000,
                SleepEpisodes.NONE);
        assertThat(List.of(model.firstEpochFrom(start + 1), model.firstEpochFrom(start + 5),
                model.firstEpochFrom(start + 6), model.firstEpochFrom(start - 10)))
                .containsExactly(start + 5, start + 5, start + 10, start);
    }
}
