package org.rotaguard.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.rules.WeekendFrequencyRule;

/** The allowance's weekend: a duty STARTING on Saturday or Sunday (pay circulars), not any work in it. */
class AllowanceWeekendsTest {
    private static final LocalDate MONDAY = TestRotas.MONDAY;

    @Test
    void aFridayNightIsAWeekendForTheLimitButNotForTheAllowance() {
        var t = TestRotas.timeline(TestRotas.cyclic(MONDAY, List.of("- - - - N - -"), "N 20:00-08:00"));
        assertThat(WeekendFrequencyRule.weekendsWorked(t)).isEqualTo(1);
        assertThat(AllowanceWeekends.count(t)).isZero();
    }

    @Test
    void aSundayNightIsAWeekend() {
        var t = TestRotas.timeline(TestRotas.cyclic(MONDAY, List.of("- - - - - - N"), "N 23:59-08:00"));
        assertThat(AllowanceWeekends.count(t)).isEqualTo(1);
    }

    @Test
    void saturdayAndSundayOfOneWeekendCountOnce() {
        var t = TestRotas.timeline(TestRotas.cyclic(MONDAY, List.of("- - - - - D D", "- - - - - - D"),
                "D 09:00-17:00"));
        assertThat(AllowanceWeekends.count(t)).isEqualTo(2);
    }

    @Test
    void aCycleStartingOnSundayWrapsItsWeekend() {
        // Starts Sunday: the Sunday (day 1) and the Saturday (day 7) are one weekend across the wrap.
        var t = TestRotas.timeline(TestRotas.cyclic(MONDAY.plusDays(6), List.of("D - - - - - D"), "D 09:00-17:00"));
        assertThat(AllowanceWeekends.count(t)).isEqualTo(1);
    }

    @Test
    void aRosterCountsWeekendsWithADayInside() {
        // Roster from a Sunday: that Sunday's weekend counts though its Saturday lies before the roster.
        var t = TestRotas.timeline(TestRotas.roster(MONDAY.plusDays(6), "D - - - - - D D", "D 09:00-17:00"));
        assertThat(AllowanceWeekends.count(t)).isEqualTo(2);
    }
}
