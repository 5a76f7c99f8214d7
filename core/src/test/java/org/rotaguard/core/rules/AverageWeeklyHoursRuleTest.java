package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;
import static org.rotaguard.core.TestRotas.roster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;

class AverageWeeklyHoursRuleTest {
    private final Rule rule = new AverageWeeklyHoursRule(info("max-average-weekly-hours"), Duration.ofHours(48),
            Duration.ofHours(56));

    @Test
    void fortyEightHoursAWeekOnAverageIsAllowed() {
        // Two weeks: 4 × 12h and 4 × 12h = 48h a week.
        var rota = cyclic(MONDAY, List.of("L L L L - - -", "- - - L L L L"), "L 08:00-20:00");
        assertThat(check(rule, rota)).isEmpty();
    }

    @Test
    void oneMinuteOverTheAverageBreaksTheRule() {
        // 96h01m over two weeks is an average of 48h00.5m: over the limit.
        var rota = cyclic(MONDAY, List.of("L L L L - - -", "- - - L L L X"), "L 08:00-20:00", "X 08:00-20:01");
        assertThat(check(rule, rota)).singleElement().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("48h");
            assertThat(v.actual()).isEqualTo("48h01m");
            assertThat(v.start().toLocalDate()).isEqualTo(MONDAY);
            assertThat(v.end().toLocalDate()).isEqualTo(MONDAY.plusDays(14));
        });
    }

    @Test
    void aDoctorWhoHasOptedOutMayAverageUpTo56Hours() {
        Rota rota = optedOut("L L L L L - - L L L L - - -");
        // 9 × 12h = 108h over 2 weeks = 54h: within 56 for the opted-out doctor.
        assertThat(check(rule, rota)).isEmpty();
        Rota tooMuch = optedOut("L L L L L L - L L L L - - -");
        assertThat(check(rule, tooMuch)).singleElement().satisfies(v -> {
            assertThat(v.limit()).isEqualTo("56h");
            assertThat(v.actual()).isEqualTo("60h");
            assertThat(v.message()).contains("opted out");
        });
    }

    @Test
    void onCallCountsOnlyItsExpectedWork() {
        // 5 × 8h days + 2 on-call periods of 16h with 5h expected work each = 50h in one week.
        Rota rota = roster(MONDAY, "D+OC D D+OC D D - -", "D 09:00-17:00", "OC 17:00-09:00 oncall 5h");
        assertThat(check(rule, rota)).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("50h"));
    }

    @Test
    void aRosterAveragesOverItsCellsDividedBySeven() {
        // 10 days: 5 × 10h = 50h over 10/7 weeks = 35h a week.
        Rota rota = roster(MONDAY, "T T T T T - - - - -", "T 08:00-18:00");
        assertThat(WorkTotals.averageWeeklyMinutes(TestRotas.timeline(rota)) / 60).isEqualTo(35.0);
    }

    private static Rota optedOut(String days) {
        Rota.Builder b = Rota.builder(MONDAY).shift(TestRotas.type("L 08:00-20:00"));
        List<Cell> cells = java.util.Arrays.stream(days.split(" ")).map(Cell::parse).toList();
        return b.doctor(new Doctor("A", "", "", 0, 1.0, true, 0, null))
                .schedule(new Assignments(Map.of("A", cells))).build();
    }
}
