package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.SPRING_FORWARD;
import static org.rotaguard.core.TestRotas.FALL_BACK;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.roster;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestBetweenShiftsRuleTest {
    private final Rule rule = new RestBetweenShiftsRule(info("min-rest-between-shifts"), Duration.ofHours(11));

    @Test
    void exactlyElevenHoursRestIsAllowed() {
        assertThat(check(rule, roster(MONDAY, "L E", "L 08:00-20:00", "E 07:00-15:00"))).isEmpty();
    }

    @Test
    void oneMinuteShortOfElevenHoursBreaksTheRule() {
        List<Violation> found = check(rule, roster(MONDAY, "L E", "L 08:00-20:01", "E 07:00-15:00"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("10h59m");
            assertThat(v.limit()).isEqualTo("11h");
            assertThat(v.duties()).extracting(DutyRef::code).containsExactly("L", "E");
            assertThat(v.start().toLocalTime().toString()).isEqualTo("08:00");
            assertThat(v.end().toLocalTime().toString()).isEqualTo("15:00");
        });
    }

    @Test
    void onCallPeriodsDoNotCountAsShiftsOrInterruptThePair() {
        // L ends 21:00, on-call 21:00-23:00, the next shift starts 07:00: 10h between the shifts.
        List<Violation> found = check(rule, roster(MONDAY, "L+OC E", "L 08:00-21:00", "OC 21:00-23:00 oncall",
                "E 07:00-15:00"));
        assertThat(found).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("10h"));
    }

    @Test
    void restIsElapsedTimeWhenTheClocksGoForward() {
        // Saturday 21:00 to Sunday 08:00 is 11h on the clock but 10h elapsed.
        assertThat(check(rule, roster(SPRING_FORWARD.minusDays(1), "L E", "L 10:00-21:00", "E 08:00-16:00")))
                .singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("10h"));
    }

    @Test
    void restIsElapsedTimeWhenTheClocksGoBack() {
        // Saturday 22:00 to Sunday 08:00 is 10h on the clock but 11h elapsed.
        assertThat(check(rule, roster(FALL_BACK.minusDays(1), "L E", "L 10:00-22:00", "E 08:00-16:00"))).isEmpty();
    }

    @Test
    void restWrapsFromTheLastDayOfTheCycleToTheFirst() {
        var rota = cyclic(MONDAY, List.of("E - - - - - L"), "L 12:00-23:00", "E 07:00-15:00");
        assertThat(check(rule, rota)).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("8h");
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(6));
            assertThat(v.end().toLocalDate()).isEqualTo(MONDAY.plusDays(7));
        });
    }

    @Test
    void aRosterSaysNothingAboutTheDayAfterItsLastCell() {
        assertThat(check(rule, roster(MONDAY, "- L", "L 12:00-23:00"))).isEmpty();
    }
}
