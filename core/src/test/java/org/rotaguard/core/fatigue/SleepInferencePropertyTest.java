package org.rotaguard.core.fatigue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.layout.DoctorTimeline;

/**
 * On random rosters around both clock changes: inferred sleep is in time order, never
 * overlaps a duty or the hour before or after it, and no sleep is shorter than an hour.
 */
class SleepInferencePropertyTest {
    private static final String[] CELLS = {"-", "-", "D", "L", "N", "E", "S", "T", "D+OC"};
    private static final String[] TYPES = {"D 09:00-17:00", "L 08:00-20:30", "N 20:00-07:30", "E 14:00-23:00",
            "S 07:00-12:00", "T 09:00-09:00", "OC 17:00-07:00 oncall 4h"};

    @Test
    void inferredSleepKeepsClearOfDuties() {
        FatigueScorer scorer = new FatigueScorer(FatigueModel.DEFAULT);
        java.util.concurrent.atomic.AtomicInteger tried = new java.util.concurrent.atomic.AtomicInteger();
        qt().withFixedSeed(2016L).withExamples(200).forAll(lists().of(integers().between(0, CELLS.length - 1)).ofSizeBetween(1, 30),
                integers().between(0, 40)).checkAssert((cells, offset) -> {
                    String days = String.join(" ", cells.stream().map(i -> CELLS[i]).toList());
                    var day = (offset % 2 == 0 ? TestRotas.SPRING_FORWARD : TestRotas.FALL_BACK).minusDays(offset / 2);
                    DoctorTimeline t;
                    try {
                        t = TestRotas.timeline(TestRotas.roster(day, days, TYPES));
                    } catch (org.rotaguard.core.rota.InvalidRotaException overlapping) {
                        return; // a roster with overlapping duties is not a rota
                    }
                    tried.incrementAndGet();
                    SleepEpisodes sleep = scorer.score(t).sleep();
                    for (int i = 0; i < sleep.size(); i++) {
                        assertThat(sleep.end(i) - sleep.start(i)).isGreaterThanOrEqualTo(60);
                        if (i > 0) {
                            assertThat(sleep.start(i)).isGreaterThanOrEqualTo(sleep.end(i - 1));
                        }
                        for (int k = 0; k < t.size(); k++) {
                            if (FatigueScorer.counts(t, k)) {
                                boolean clear = sleep.end(i) <= t.start(k) - 60 || sleep.start(i) >= t.end(k) + 60;
                                assertThat(clear).as("sleep %d clear of duty %d", i, k).isTrue();
                            }
                        }
                    }
                });
        assertThat(tried.get()).as("rosters without overlapping duties").isGreaterThan(50);
    }
}
