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

class HoursInWindowRuleTest {
    private final Rule rule = new HoursInWindowRule(info("max-hours-in-168"), Duration.ofHours(168),
            Duration.ofHours(72));

    @Test
    void exactlySeventyTwoHoursInAWeekIsAllowed() {
        // Six 12-hour shifts = 72h inside any 168 hours.
        assertThat(check(rule, roster(MONDAY, repeat("L", 6) + " - - - - - - - -", "L 08:00-20:00"))).isEmpty();
        assertThat(HoursInWindowRule.maxWorkMinutes(timeline(roster(MONDAY, repeat("L", 6), "L 08:00-20:00")),
                168 * 60)).isEqualTo(72 * 60);
    }

    @Test
    void oneMinuteOverSeventyTwoHoursBreaksTheRule() {
        List<Violation> found = check(rule, roster(MONDAY, repeat("L", 5) + " X", "L 08:00-20:00",
                "X 08:00-20:01"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("72h01m");
            assertThat(v.limit()).isEqualTo("72h");
            assertThat(Duration.between(v.start(), v.end())).isEqualTo(Duration.ofHours(168));
            assertThat(v.duties()).hasSize(6);
        });
    }

    @Test
    void theWindowRollsRatherThanFollowingCalendarWeeks() {
        // Thursday to Wednesday: 7 × 11h = 77h across two calendar weeks, each with less than 72h.
        String days = "- - - " + repeat("S", 7) + " - - - -";
        assertThat(check(rule, roster(MONDAY, days, "S 08:00-19:00"))).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("77h"));
    }

    @Test
    void aStretchOfOverlongWindowsGivesOneFindingAtTheWorstWindow() {
        String days = repeat("L", 9);
        List<Violation> found = check(rule, roster(MONDAY, days, "L 08:00-20:00"));
        assertThat(found).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("84h"));
    }

    @Test
    void expectedOnCallWorkCountsSpreadEvenlyOverThePeriod() {
        // Six 12h shifts (72h) then a 16h on-call period with 8h of expected work: the window
        // from the first shift's start holds all 72h and all 8h.
        String days = repeat("L", 6) + " OC";
        List<Violation> found = check(rule, roster(MONDAY, days, "L 08:00-20:00", "OC 08:00-00:00 oncall 8h"));
        assertThat(found).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("80h"));
    }

    @Test
    void theClocksGoingBackAddAnHourOfWork() {
        // Six nights 20:00-08:00 = 72h on the clock, 73h elapsed when one of them is the fall-back night.
        String days = repeat("N", 6);
        assertThat(check(rule, roster(FALL_BACK.minusDays(3), days, "N 20:00-08:00"))).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("73h"));
        assertThat(check(rule, roster(SPRING_FORWARD.minusDays(3), days, "N 20:00-08:00"))).isEmpty();
    }

    @Test
    void windowsWrapAroundTheCycle() {
        var rota = cyclic(MONDAY, List.of("L L L - - - -", "- - - - L L L"), "L 08:00-21:00");
        // Fri-Sun of week 2 and Mon-Wed of week 1 make six 13h shifts in a row: 78h.
        assertThat(check(rule, rota)).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("78h"));
    }

    @Test
    void aCycleOverTheLimitEveryWeekIsReportedOnce() {
        var rota = cyclic(MONDAY, List.of(repeat("L", 7)), "L 08:00-19:00");
        assertThat(check(rule, rota)).hasSize(1);
    }
}
