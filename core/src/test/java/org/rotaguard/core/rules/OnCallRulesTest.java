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

class OnCallRulesTest {
    private static final String OC = "OC 17:00-09:00 oncall 3h";
    private static final String WE = "W 09:00-09:00 oncall 6h";
    private static final String D = "D 09:00-17:00";
    private final Rule consecutive = new ConsecutiveOnCallRule(info("max-consecutive-on-call"), true, 0);
    private final Rule frequency = new OnCallFrequencyRule(info("max-on-call-in-7-days"), 3, 7);
    private final Rule dayAfter = new DayAfterOnCallRule(info("day-after-on-call"), Duration.ofHours(10));

    @Test
    void saturdayThenSundayIsTheOnlyAllowedConsecutivePair() {
        assertThat(check(consecutive, roster(MONDAY, "- - - - - W W", WE))).isEmpty();
        assertThat(check(consecutive, roster(MONDAY, "OC OC - - - - -", OC))).singleElement().satisfies(v -> {
            assertThat(v.duties()).extracting(DutyRef::code).containsExactly("OC", "OC");
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY);
        });
        // Sunday then Monday is not allowed.
        assertThat(check(consecutive, roster(MONDAY, "- - - - - - W OC", WE, OC))).hasSize(1);
    }

    @Test
    void eachConsecutivePairIsAFinding() {
        assertThat(check(consecutive, roster(MONDAY, "OC OC OC - - - -", OC))).hasSize(2);
    }

    @Test
    void aLocallyAgreedRunOfUpToSevenIsAllowed() {
        Rule agreed = new ConsecutiveOnCallRule(info("max-consecutive-on-call"), true, 7);
        assertThat(check(agreed, roster(MONDAY, "OC OC OC OC OC OC OC - - -", OC))).isEmpty();
        assertThat(check(agreed, roster(MONDAY, "OC OC OC OC OC OC OC OC -", OC))).hasSize(1);
    }

    @Test
    void threeOnCallPeriodsInSevenDaysAreAllowedAndFourAreNot() {
        assertThat(check(frequency, roster(MONDAY, "OC - OC - OC - - OC", OC))).isEmpty();
        assertThat(check(frequency, roster(MONDAY, "OC - OC - OC - OC", OC))).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("4 in 7 days");
            assertThat(v.duties()).hasSize(4);
        });
    }

    @Test
    void aStretchOfCrowdedWeeksIsOneFinding() {
        // Windows starting on days -3 to 1 all hold four or five: one stretch.
        assertThat(check(frequency, roster(MONDAY, "OC OC OC OC OC - - - - -", OC))).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("5 in 7 days"));
        // Every other day: the windows starting on days 0, 2 and 4 hold four, those between hold
        // three, so the crowded windows form three separate stretches.
        assertThat(check(frequency, roster(MONDAY, "OC - OC - OC - OC - OC - OC", OC))).hasSize(3);
        // Two crowded weeks far apart are two findings.
        assertThat(check(frequency, roster(MONDAY, "OC - OC - OC - OC - - - - - - - - - - - - OC - OC - OC - OC",
                OC))).hasSize(2);
    }

    @Test
    void theDayAfterOnCallMayHoldTenHoursOfShifts() {
        String oc = "OC 17:00-08:00 oncall 3h";
        assertThat(check(dayAfter, roster(MONDAY, "OC T", oc, "T 08:00-18:00"))).isEmpty();
        assertThat(check(dayAfter, roster(MONDAY, "OC T", oc, "T 08:00-18:01"))).singleElement().satisfies(v -> {
            assertThat(v.actual()).isEqualTo("10h01m");
            assertThat(v.limit()).isEqualTo("10h");
        });
    }

    @Test
    void afterSaturdayAndSundayTheLimitFallsOnMonday() {
        assertThat(check(dayAfter, roster(MONDAY.plusDays(5), "W W L", "W 08:00-08:00 oncall 6h",
                "L 08:00-20:30")))
                .singleElement().satisfies(v -> assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(6)));
    }

    @Test
    void onCallRulesWrapAroundTheCycle() {
        var rota = cyclic(MONDAY, List.of("OC - - - - - OC"), OC);
        assertThat(check(consecutive, rota)).singleElement()
                .satisfies(v -> assertThat(v.start().toLocalDate()).isEqualTo(MONDAY.plusDays(6)));
    }
}
