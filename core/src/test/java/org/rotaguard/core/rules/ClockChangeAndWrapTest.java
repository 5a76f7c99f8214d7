package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.FALL_BACK;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.SPRING_FORWARD;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.repeat;
import static org.rotaguard.core.TestRotas.roster;
import static org.rotaguard.core.TestRotas.timeline;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules not covered elsewhere, on the nights the clocks change and across the wrap of a cycle. */
class ClockChangeAndWrapTest {
    private final Rule longShifts = new ConsecutiveRunRule(info("max-consecutive-long-shifts"), RunKind.LONG_SHIFTS, 4);
    private final Rule average = new AverageWeeklyHoursRule(info("max-average-weekly-hours"), Duration.ofHours(48),
            Duration.ofHours(56));
    private final Rule dayAfter = new DayAfterOnCallRule(info("day-after-on-call"), Duration.ofHours(10));
    private final Rule frequency = new OnCallFrequencyRule(info("max-on-call-in-7-days"), 3, 7);
    private final Rule weekends = new WeekendFrequencyRule(info("max-weekend-frequency"), 3);

    @Test
    void aShiftIsLongOrNotByItsElapsedLengthOnTheNight() {
        // 20:00-06:30 is 10h30m (long) on most nights and 9h30m when the clocks go forward.
        String fiveNights = repeat("T", 5);
        assertThat(check(longShifts, roster(MONDAY, fiveNights, "T 20:00-06:30"))).hasSize(1);
        assertThat(check(longShifts, roster(SPRING_FORWARD.minusDays(2), fiveNights, "T 20:00-06:30"))).isEmpty();
    }

    @Test
    void theExtraAutumnHourCountsTowardsTheAverage() {
        // Four 12-hour nights in a week is 48h; one of them on the fall-back night makes 49h.
        String days = "N N N N - - -";
        assertThat(check(average, roster(MONDAY, days, "N 20:00-08:00"))).isEmpty();
        assertThat(check(average, roster(FALL_BACK.minusDays(3), days, "N 20:00-08:00"))).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("49h"));
    }

    @Test
    void theDayAfterOnCallCountsElapsedHours() {
        // 00:30-10:30 is 10h on most days, 11h on the day the clocks go back.
        assertThat(check(dayAfter, roster(MONDAY, "OC T", "OC 14:00-00:00 oncall 2h", "T 00:30-10:30"))).isEmpty();
        assertThat(check(dayAfter, roster(FALL_BACK.minusDays(1), "OC T", "OC 14:00-00:00 oncall 2h",
                "T 00:30-10:30"))).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("11h"));
    }

    @Test
    void theDayAfterOnCallWrapsToTheFirstDayOfTheCycle() {
        var rota = cyclic(MONDAY, List.of("T - - - - - OC"), "OC 17:00-08:00 oncall 3h", "T 08:00-19:00");
        assertThat(check(dayAfter, rota)).singleElement()
                .satisfies(v -> assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(6)));
    }

    @Test
    void onCallFrequencyWrapsAroundTheCycleAndIsReportedOnce() {
        var rota = cyclic(MONDAY, List.of("OC - OC - - - -", "- - - - OC - OC"), "OC 17:00-08:00 oncall 3h");
        assertThat(check(frequency, rota)).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("4 in 7 days");
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(11));
        });
    }

    @Test
    void theWeekendAtTheEndOfACycleStartingOnSundayIsCountedOnce() {
        // The cycle runs Sunday to Saturday: the Saturday at its end and the Sunday at its start
        // (the same weekend, once the cycle repeats) are one weekend.
        var t = timeline(cyclic(MONDAY.minusDays(1), List.of("D - - - - - D"), "D 09:00-17:00"));
        assertThat(WeekendFrequencyRule.weekendsWorked(t)).isEqualTo(1);
        // Over three weeks the same two days belong to different weekends: the first Sunday pairs
        // with the Saturday that ends the cycle before.
        var threeWeeks = cyclic(MONDAY.minusDays(1), List.of("D - - - - - D", "- - - - - - -", "- - - - - - -"),
                "D 09:00-17:00");
        assertThat(WeekendFrequencyRule.weekendsWorked(timeline(threeWeeks))).isEqualTo(2);
        assertThat(check(weekends, threeWeeks)).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("1 in 1.50"));
    }
}
