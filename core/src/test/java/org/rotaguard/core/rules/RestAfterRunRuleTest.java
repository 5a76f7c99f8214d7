package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.FALL_BACK;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.repeat;
import static org.rotaguard.core.TestRotas.roster;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestAfterRunRuleTest {
    private final Rule afterAnyNight = new RestAfterRunRule(info("rest-after-nights"), RunKind.NIGHTS, 1,
            Duration.ofHours(46));
    private final Rule afterThreeNights = new RestAfterRunRule(info("rest-after-nights"), RunKind.NIGHTS, 3,
            Duration.ofHours(46));
    private final Rule afterSevenShifts = new RestAfterRunRule(info("rest-after-consecutive-shifts"),
            RunKind.SHIFTS, 7, Duration.ofHours(48));

    @Test
    void exactlyFortySixHoursAfterASingleNightIsAllowed() {
        // Night ends Tuesday 08:00; 46h later is Thursday 06:00.
        assertThat(check(afterAnyNight, roster(MONDAY, "N - - E", "N 20:00-08:00", "E 06:00-14:00"))).isEmpty();
    }

    @Test
    void oneMinuteShortOfFortySixHoursAfterASingleNightBreaksThe2019Rule() {
        List<Violation> found = check(afterAnyNight, roster(MONDAY, "N - - E", "N 20:00-08:00", "E 05:59-14:00"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("45h59m");
            assertThat(v.limit()).isEqualTo("46h");
            assertThat(v.duties()).extracting(DutyRef::code).containsExactly("N", "E");
            assertThat(v.message()).contains("a single night shift");
        });
    }

    @Test
    void the2016RuleAsksForRestOnlyAfterThreeOrFourNights() {
        assertThat(check(afterThreeNights, roster(MONDAY, "N N - D", "N 20:00-08:00", "D 09:00-17:00"))).isEmpty();
        assertThat(check(afterThreeNights, roster(MONDAY, "N N N - D", "N 20:00-08:00", "D 09:00-17:00")))
                .singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("25h"));
    }

    @Test
    void restIsMeasuredToTheNextDutyOfAnyKindIncludingOnCall() {
        String days = repeat("D", 7) + " OC";
        List<Violation> found = check(afterSevenShifts, roster(MONDAY, days, "D 09:00-17:00",
                "OC 17:00-09:00 oncall 2h"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("24h");
            assertThat(v.duties()).extracting(DutyRef::code).containsExactly("D", "OC");
        });
    }

    @Test
    void fortyEightHoursAfterSevenShiftsIsAllowedAndShorterIsNot() {
        // The seventh shift ends Sunday 17:00: Tuesday 17:00 is 48h later, 16:00 is 47h.
        assertThat(check(afterSevenShifts, roster(MONDAY, repeat("D", 7) + " - X", "D 09:00-17:00",
                "X 17:00-23:00"))).isEmpty();
        assertThat(check(afterSevenShifts, roster(MONDAY, repeat("D", 7) + " - E", "D 09:00-17:00",
                "E 16:00-23:00"))).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("47h"));
    }

    @Test
    void shorterRunsNeedNoLongRest() {
        assertThat(check(afterSevenShifts, roster(MONDAY, repeat("D", 6) + " - D", "D 09:00-17:00"))).isEmpty();
    }

    @Test
    void restIsElapsedAcrossTheClocksGoingBack() {
        // Night ends Saturday 08:00; the clock shows 45h to Monday 05:00, but 46h pass.
        assertThat(check(afterAnyNight, roster(FALL_BACK.minusDays(2), "N - - E", "N 20:00-08:00",
                "E 05:00-13:00"))).isEmpty();
    }

    @Test
    void restWrapsIntoTheNextCycle() {
        var rota = cyclic(MONDAY, List.of("D - - - - - N"), "N 20:00-08:00", "D 09:00-17:00");
        assertThat(check(afterAnyNight, rota)).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("1h");
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(6));
        });
    }

    @Test
    void noFindingWhenTheNextDutyLiesBeyondTheRoster() {
        assertThat(check(afterAnyNight, roster(MONDAY, "- N -", "N 20:00-08:00"))).isEmpty();
    }
}
