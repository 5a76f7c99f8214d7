package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.repeat;
import static org.rotaguard.core.TestRotas.roster;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsecutiveRunRuleTest {
    private final Rule shifts = new ConsecutiveRunRule(info("max-consecutive-shifts"), RunKind.SHIFTS, 7);
    private final Rule longShifts = new ConsecutiveRunRule(info("max-consecutive-long-shifts"), RunKind.LONG_SHIFTS, 4);
    private final Rule nights = new ConsecutiveRunRule(info("max-consecutive-nights"), RunKind.NIGHTS, 4);
    private final Rule evenings = new ConsecutiveRunRule(info("max-consecutive-long-evenings"),
            RunKind.LONG_EVENINGS, 4);

    @Test
    void sevenShiftsInARowAreAllowedAndEightAreNot() {
        assertThat(check(shifts, roster(MONDAY, repeat("D", 7) + " -", "D 09:00-17:00"))).isEmpty();
        List<Violation> found = check(shifts, roster(MONDAY, repeat("D", 8) + " -", "D 09:00-17:00"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("7 shifts");
            assertThat(v.actual()).isEqualTo("8 shifts");
            assertThat(v.duties()).hasSize(8);
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY);
            assertThat(v.end().toLocalDate()).isEqualTo(MONDAY.plusDays(7));
        });
    }

    @Test
    void aRunTooLongGivesOneFindingHoweverLong() {
        assertThat(check(shifts, roster(MONDAY, repeat("D", 12), "D 09:00-17:00"))).hasSize(1);
    }

    @Test
    void onCallPeriodsNeitherExtendNorBreakARunOfShifts() {
        // Day 4 holds only an on-call period, so the shifts are two runs of 4 and 3 days.
        String days = "D D D D OC D D D";
        assertThat(check(shifts, roster(MONDAY, days, "D 09:00-17:00", "OC 17:00-09:00 oncall"))).isEmpty();
        // On-call alongside shifts does not make a day without a shift count.
        String withOnCall = "D D+OC D D D D D -";
        assertThat(check(shifts, roster(MONDAY, withOnCall, "D 09:00-17:00", "OC 17:00-09:00 oncall"))).isEmpty();
    }

    @Test
    void aLongShiftIsMoreThanTenHours() {
        // Exactly 10 hours is not long: five in a row break nothing.
        assertThat(check(longShifts, roster(MONDAY, repeat("T", 5), "T 08:00-18:00"))).isEmpty();
        // 10h01m is long: the fifth long shift in a row breaks the limit of four.
        assertThat(check(longShifts, roster(MONDAY, repeat("T", 5), "T 08:00-18:01")))
                .singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("5 long shifts"));
        assertThat(check(longShifts, roster(MONDAY, repeat("T", 4) + " D", "T 08:00-18:01", "D 09:00-17:00")))
                .isEmpty();
    }

    @Test
    void aNightShiftHasAtLeastThreeHoursBetween2300And0600() {
        // 20:00-02:00 has exactly 3 hours in the night window: five of them are five nights.
        assertThat(check(nights, roster(MONDAY, repeat("N", 5), "N 20:00-02:00")))
                .singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("5 night shifts"));
        // 20:00-01:59 has 2h59m: not a night shift.
        assertThat(check(nights, roster(MONDAY, repeat("N", 5), "N 20:00-01:59"))).isEmpty();
        assertThat(check(nights, roster(MONDAY, repeat("N", 4), "N 20:00-08:00"))).isEmpty();
    }

    @Test
    void aLongEveningStartsBefore1600AndEndsAfter2300() {
        assertThat(check(evenings, roster(MONDAY, repeat("LE", 5), "LE 13:00-23:30"))).hasSize(1);
        // Ending at 23:00 exactly is not after 23:00.
        assertThat(check(evenings, roster(MONDAY, repeat("LE", 5), "LE 12:00-23:00"))).isEmpty();
        // Starting at 16:00 exactly is not before 16:00.
        assertThat(check(evenings, roster(MONDAY, repeat("LE", 5), "LE 16:00-03:00"))).isEmpty();
        // A long evening that runs past midnight still qualifies, and is a night as well.
        assertThat(check(evenings, roster(MONDAY, repeat("LE", 5), "LE 15:00-02:00"))).hasSize(1);
        assertThat(check(nights, roster(MONDAY, repeat("LE", 5), "LE 15:00-02:00"))).hasSize(1);
    }

    @Test
    void runsWrapAroundTheCycle() {
        // Nights at the end of week 2 continue into the start of week 1: a run of 5.
        var rota = cyclic(MONDAY, List.of("N N - - - - -", "- - - - N N N"), "N 20:00-08:00");
        assertThat(check(nights, rota)).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("5 night shifts");
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(11));
            assertThat(v.end().toLocalDate()).isEqualTo(MONDAY.plusDays(16));
        });
    }

    @Test
    void aRunThatNeverEndsIsReportedOnce() {
        var rota = cyclic(MONDAY, List.of(repeat("D", 7)), "D 09:00-17:00");
        assertThat(check(shifts, rota)).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("every day"));
    }
}
