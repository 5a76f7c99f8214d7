package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.roster;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;

class WorkingTimeRegulationsRulesTest {
    private final Rule average = new ReferencePeriodAverageRule(info("wtr-average-weekly-hours"), Duration.ofHours(48),
            26, true);
    private final Rule daily = new DailyRestRule(info("wtr-daily-rest"), Duration.ofHours(11), Duration.ofHours(24));
    private final Rule weekly = new WeeklyRestRule(info("wtr-weekly-rest"), Duration.ofHours(24), 7,
            Duration.ofHours(48), 14);

    private static Rota optedOut(Rota rota) {
        Doctor d = rota.doctors().get(0);
        return rota.toBuilder().doctors(List.of(d.withWtrOptOut(true))).build();
    }

    @Test
    void exactly48HoursOnAverageIsAllowedAndAMinuteMoreIsNot() {
        // 4 × 12h a week = 48h
        assertThat(check(average, cyclic(MONDAY, List.of("L L L L - - -"), "L 08:00-20:00"))).isEmpty();
        List<Violation> over = check(average, cyclic(MONDAY, List.of("L L L L - - -"), "L 08:00-20:01"));
        assertThat(over).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("wtr-average-weekly-hours");
            assertThat(v.actual()).isEqualTo("48h04m");
        });
    }

    @Test
    void theOptOutLiftsTheAverageLimit() {
        Rota rota = cyclic(MONDAY, List.of("L L L L L - -"), "L 08:00-20:00");
        assertThat(check(average, rota)).hasSize(1);
        assertThat(check(average, optedOut(rota))).isEmpty();
    }

    @Test
    void theOptOutDoesNotLiftTheRests() {
        Rota rota = optedOut(cyclic(MONDAY, List.of("D D D D D D D"), "D 08:00-22:00"));
        assertThat(check(daily, rota)).isNotEmpty();
        assertThat(check(weekly, rota)).isNotEmpty();
    }

    @Test
    void everyTwentySixWeekPeriodOfARepeatedCycleIsChecked() {
        // Weeks of 60, 60 and 24 hours average 48 over the cycle, but 26 weeks = 8 cycles + 2 weeks:
        // periods starting on week 1 hold 8 × 144 + 120 hours = 48.92 h a week.
        Rota rota = cyclic(MONDAY, List.of("L L L L L - -", "L L L L L - -", "L L - - - - -"), "L 08:00-20:00");
        List<Violation> found = check(average, rota);
        assertThat(found).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("48h55m"));
    }

    @Test
    void aRosterShorterThanTheReferencePeriodIsAveragedOverItsLength() {
        Rota rota = roster(MONDAY, "L L L L L - - L L L L L - -", "L 08:00-20:00");
        assertThat(check(average, rota)).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("60h");
            assertThat(v.message()).contains("shorter than the 26-week reference period");
        });
    }

    @Test
    void elevenHoursRestInTwentyFourIsExactlyEnough() {
        assertThat(check(daily, cyclic(MONDAY, List.of("D D - - - - -"), "D 08:00-21:00"))).isEmpty();
        assertThat(check(daily, cyclic(MONDAY, List.of("D D - - - - -"), "D 08:00-21:01"))).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("10h59m"));
    }

    @Test
    void theTwentyFourHoursAreElapsedTimeAcrossTheAutumnClockChange() {
        // Saturday 24 October 2026 21:00 BST + 24 hours = Sunday 20:00 GMT: a 21:00–09:30 night holds
        // 11h30 rest before the next night on an ordinary day, 10h30 across the change.
        Rota rota = roster(java.time.LocalDate.of(2026, 10, 24), "N N", "N 21:00-09:30");
        assertThat(check(daily, rota)).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("10h30m"));
        assertThat(check(daily, roster(MONDAY, "N N", "N 21:00-09:30"))).isEmpty();
    }

    @Test
    void nonResidentOnCallIsRestForTheRegulations() {
        Rota rota = cyclic(MONDAY, List.of("D+OC D - - - - -"), "D 09:00-17:00", "OC 17:00-09:00 oncall 3h");
        assertThat(check(daily, rota)).isEmpty();
    }

    @Test
    void aWeekWithoutTwentyFourHoursRestFailsUnlessTheFortnightHasFortyEight() {
        assertThat(check(weekly, cyclic(MONDAY, List.of("D D D D D D D"), "D 08:00-20:00"))).hasSize(1);
        // Seven days on, then a weekend off: the week on has no 24h rest, but each fortnight has 64h.
        assertThat(check(weekly, cyclic(MONDAY, List.of("D D D D D D D", "D D D D D - -"), "D 09:00-17:00")))
                .isEmpty();
        // Every week has its 24h: compliant.
        assertThat(check(weekly, cyclic(MONDAY, List.of("D D D D D D -"), "D 08:00-20:00"))).isEmpty();
    }
}
