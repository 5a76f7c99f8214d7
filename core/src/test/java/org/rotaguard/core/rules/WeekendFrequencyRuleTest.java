package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.roster;
import static org.rotaguard.core.TestRotas.timeline;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekendFrequencyRuleTest {
    private final Rule oneInThree = new WeekendFrequencyRule(info("max-weekend-frequency"), 3);

    private static List<String> weeks(int count, int... worked) {
        List<String> weeks = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int week = w;
            boolean works = java.util.Arrays.stream(worked).anyMatch(x -> x == week);
            weeks.add(works ? "D D D - - D D" : "D D D D D - -");
        }
        return weeks;
    }

    @Test
    void exactlyOneInThreeIsAllowed() {
        assertThat(check(oneInThree, cyclic(MONDAY, weeks(12, 0, 3, 6, 9), "D 09:00-17:00"))).isEmpty();
    }

    @Test
    void moreOftenThanOneInThreeBreaksTheRuleOnce() {
        List<Violation> found = check(oneInThree, cyclic(MONDAY, weeks(12, 0, 2, 5, 8, 10), "D 09:00-17:00"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("1 in 3");
            assertThat(v.actual()).isEqualTo("1 in 2.40");
            assertThat(v.message()).contains("5 weekends in 12 weeks");
            // The Saturday and Sunday shifts of the five weekends worked.
            assertThat(v.duties()).hasSize(10);
        });
    }

    @Test
    void aFridayNightEndingOnSaturdayMorningIsAWeekendWorked() {
        var t = timeline(cyclic(MONDAY, List.of("- - - - N - -"), "N 20:00-08:00"));
        assertThat(WeekendFrequencyRule.weekendsWorked(t)).isEqualTo(1);
    }

    @Test
    void theWeekendRunsFromSaturday0001ToSunday2359() {
        // Ending at Saturday 00:01 exactly touches no weekend time; one minute later does.
        assertThat(WeekendFrequencyRule.weekendsWorked(timeline(cyclic(MONDAY, List.of("- - - - E - -"),
                "E 16:01-00:01")))).isZero();
        assertThat(WeekendFrequencyRule.weekendsWorked(timeline(cyclic(MONDAY, List.of("- - - - E - -"),
                "E 16:02-00:02")))).isEqualTo(1);
        // Starting at Sunday 23:59 exactly touches no weekend time.
        assertThat(WeekendFrequencyRule.weekendsWorked(timeline(cyclic(MONDAY, List.of("- - - - - - N"),
                "N 23:59-08:00")))).isZero();
        assertThat(WeekendFrequencyRule.weekendsWorked(timeline(cyclic(MONDAY, List.of("- - - - - - N"),
                "N 21:00-08:00")))).isEqualTo(1);
        // A Monday 00:00 start is not the weekend.
        assertThat(WeekendFrequencyRule.weekendsWorked(timeline(roster(MONDAY, "N", "N 00:00-08:00")))).isZero();
    }

    @Test
    void anOnCallPeriodWithNoExpectedWorkStillMakesAWeekendWorked() {
        var t = timeline(cyclic(MONDAY, List.of("- - - - - OC -"), "OC 09:00-09:00 oncall"));
        assertThat(WeekendFrequencyRule.weekendsWorked(t)).isEqualTo(1);
    }

    @Test
    void aRosterCountsEachWeekendWithADayInsideIt() {
        // Nine days Monday to Tuesday: one weekend, worked on Sunday.
        var t = timeline(roster(MONDAY, "- - - - - - D - -", "D 09:00-17:00"));
        assertThat(WeekendFrequencyRule.weekendsWorked(t)).isEqualTo(1);
        // A roster starting on a Sunday counts the weekend whose Saturday lies before it.
        var fromSunday = timeline(roster(MONDAY.minusDays(1), "D - - - - - - -", "D 09:00-17:00"));
        assertThat(WeekendFrequencyRule.weekendsWorked(fromSunday)).isEqualTo(1);
    }
}
