package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.FALL_BACK;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.SPRING_FORWARD;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.roster;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftLengthRuleTest {
    private final Rule rule = new ShiftLengthRule(info("max-shift-length"), Duration.ofHours(13));

    @Test
    void aShiftOfExactlyThirteenHoursIsAllowed() {
        assertThat(check(rule, roster(MONDAY, "L", "L 08:00-21:00"))).isEmpty();
    }

    @Test
    void oneMinuteOverThirteenHoursBreaksTheRule() {
        List<Violation> found = check(rule, roster(MONDAY, "L", "L 08:00-21:01"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("max-shift-length");
            assertThat(v.limit()).isEqualTo("13h");
            assertThat(v.actual()).isEqualTo("13h01m");
            assertThat(v.start().toString()).isEqualTo("2026-06-01T08:00+01:00[Europe/London]");
            assertThat(v.end().toLocalTime().toString()).isEqualTo("21:01");
            assertThat(v.message()).contains("13h01m").contains("13h maximum");
        });
    }

    @Test
    void theNightTheClocksGoBackIsAnHourLonger() {
        // 20:00 Saturday to 09:00 Sunday is 13 hours on the clock, 14 hours elapsed.
        List<Violation> found = check(rule, roster(FALL_BACK.minusDays(1), "N", "N 20:00-09:00"));
        assertThat(found).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("14h"));
    }

    @Test
    void theNightTheClocksGoForwardIsAnHourShorter() {
        // 13h30m on the clock is 12h30m elapsed when the clocks go forward.
        assertThat(check(rule, roster(SPRING_FORWARD.minusDays(1), "N", "N 20:00-09:30"))).isEmpty();
        assertThat(check(rule, roster(MONDAY, "N", "N 20:00-09:30"))).hasSize(1);
    }

    @Test
    void onCallPeriodsAreNotShifts() {
        assertThat(check(rule, roster(MONDAY, "OC", "OC 09:00-09:00 oncall 4h"))).isEmpty();
    }

    @Test
    void aCyclicRotaReportsEachShiftOfTheCycleOnce() {
        var rota = org.rotaguard.core.TestRotas.cyclic(MONDAY, List.of("L - - - - - -", "- - - - - - L"),
                "L 08:00-22:00");
        assertThat(check(rule, rota)).hasSize(2)
                .allSatisfy(v -> assertThat(v.start().toLocalDate()).isBetween(MONDAY, MONDAY.plusDays(13)));
    }
}
