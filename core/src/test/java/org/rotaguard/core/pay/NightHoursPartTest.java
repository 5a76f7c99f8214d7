package org.rotaguard.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/** The enhanced minutes of part of a duty add up to those of the whole, on random duties around both clock changes. */
class NightHoursPartTest {
    private static final ZoneClock LONDON = ZoneClock.london();
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);

    private static PayRules rules(boolean ruleC) {
        return new PayRules("t", "", 40, new BigDecimal("0.37"), Duration.ofHours(8), ruleC, List.of(), "",
                BigDecimal.valueOf(8), 0);
    }

    @Test
    void partsSumToTheWholeDuty() {
        qt().withFixedSeed(37L).withExamples(3000).forAll(integers().between(-3, 215), integers().between(0, 1439),
                integers().between(30, 24 * 60), integers().between(0, 1000)).checkAssert((dayOffset, startMinute,
                        length, split) -> {
                    // Days around the spring change, and (offset > 200) around the autumn change of 2026.
                    long day = dayOffset > 200 ? LocalDate.of(2026, 10, 25).toEpochDay() + dayOffset - 208
                            : SPRING.toEpochDay() + dayOffset;
                    int start = LONDON.toEpochMinute(day, startMinute);
                    int end = start + length;
                    var startClock = LONDON.toZoned(start).toLocalTime();
                    var endClock = LONDON.toZoned(end).toLocalTime();
                    ShiftType type = ShiftType.shift("S", startClock, endClock);
                    for (boolean c : new boolean[] {false, true}) {
                        PayRules r = rules(c);
                        NightHours whole = new NightHours();
                        whole.measureShift(type, (int) day, start, end, LONDON, r);
                        int at = start + (int) ((long) length * split / 1000);
                        int parts = NightHours.qualifyingMinutes(type, (int) day, start, end, start, at, LONDON, r)
                                + NightHours.qualifyingMinutes(type, (int) day, start, end, at, end, LONDON, r);
                        assertThat(parts).as("day %s %s+%s split %s ruleC %s", day, startClock, length, at, c)
                                .isEqualTo(whole.total());
                        assertThat(NightHours.qualifyingMinutes(type, (int) day, start, end, start - 600, end + 600,
                                LONDON, r)).isEqualTo(whole.total());
                    }
                });
    }
}
