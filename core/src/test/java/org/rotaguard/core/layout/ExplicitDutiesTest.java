package org.rotaguard.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;

class ExplicitDutiesTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A roster across the autumn clock change, laid out from its rota and again from explicit instants. */
    @Test
    void explicitDutiesAreMeasuredExactlyAsRosteredOnes() {
        LocalDate start = TestRotas.FALL_BACK.minusDays(3);
        Rota rota = TestRotas.roster(start, "L LE N N - D+OC - S", "L 08:00-20:30", "LE 13:00-23:30", "N 21:00-08:30",
                "D 09:00-17:00", "OC 17:00-09:00 oncall 4h", "S 08:00-12:00");
        DoctorTimeline rostered = TestRotas.timeline(rota);
        List<ExplicitDuties.Duty> duties = new ArrayList<>();
        for (int i = 0; i < rostered.size(); i++) {
            duties.add(new ExplicitDuties.Duty(rostered.zoned(rostered.start(i)), rostered.zoned(rostered.end(i)),
                    rostered.shiftType(i).onCall(), rostered.shiftType(i).code(), "", rostered.workMinutes(i)));
        }
        DoctorTimeline explicit = ExplicitDuties.layOut(rota.doctors().get(0), LONDON, DutyDefinitions.TCS_2016,
                duties, start, start.plusDays(8));
        assertThat(explicit.size()).isEqualTo(rostered.size());
        assertThat(explicit.cyclic()).isFalse();
        for (int i = 0; i < rostered.size(); i++) {
            assertThat(explicit.start(i)).isEqualTo(rostered.start(i));
            assertThat(explicit.end(i)).isEqualTo(rostered.end(i));
            assertThat(explicit.day(i)).isEqualTo(rostered.day(i));
            assertThat(explicit.flags(i)).as("flags of duty " + i).isEqualTo(rostered.flags(i));
            assertThat(explicit.weekendSaturday(i)).isEqualTo(rostered.weekendSaturday(i));
            assertThat(explicit.workMinutes(i)).isEqualTo(rostered.workMinutes(i));
            assertThat(explicit.shiftType(i).code()).isEqualTo(rostered.shiftType(i).code());
        }
        // The night over the clock change is 12h30m elapsed.
        assertThat(explicit.end(2) - explicit.start(2)).isEqualTo(12 * 60 + 30);
        assertThat(explicit.end(3) - explicit.start(3)).isEqualTo(11 * 60 + 30);
        assertThat(explicit.is(1, DutyFlags.LONG_EVENING)).isTrue();
    }

    @Test
    void overlappingDutiesAreRefused() {
        var a = new ExplicitDuties.Duty(TestRotas.MONDAY.atTime(8, 0).atZone(LONDON),
                TestRotas.MONDAY.atTime(18, 0).atZone(LONDON), false, "A", "", 600);
        var b = new ExplicitDuties.Duty(TestRotas.MONDAY.atTime(17, 0).atZone(LONDON),
                TestRotas.MONDAY.atTime(20, 0).atZone(LONDON), false, "B", "", 180);
        assertThatThrownBy(() -> ExplicitDuties.layOut(Doctor.onLine("x", 1), LONDON, DutyDefinitions.TCS_2016,
                List.of(a, b), TestRotas.MONDAY, TestRotas.MONDAY.plusDays(1))).hasMessageContaining("duties overlap");
        assertThatThrownBy(() -> new ExplicitDuties.Duty(a.start(), a.start(), false, "A", "", 0))
                .hasMessageContaining("must end after it starts");
    }

    @Test
    void theDateRangeLayoutRepeatsATemplateAndLeavesARosterOffOutsideItsDays() {
        Rota cyclic = TestRotas.cyclic(TestRotas.MONDAY, List.of("D - - - - - -", "- D - - - - -"), "D 09:00-17:00");
        DoctorTimeline year = RotaLayout.layOut(cyclic, DutyDefinitions.TCS_2016, cyclic.doctors().get(0),
                TestRotas.MONDAY.plusWeeks(10), TestRotas.MONDAY.plusWeeks(20));
        assertThat(year.cyclic()).isFalse();
        assertThat(year.endReported() - year.firstReported()).isEqualTo(10);
        assertThat(LocalDate.ofEpochDay(year.day(year.firstReported()))).isEqualTo(TestRotas.MONDAY.plusWeeks(10));
        Rota roster = TestRotas.roster(TestRotas.MONDAY, "D D", "D 09:00-17:00");
        DoctorTimeline wider = RotaLayout.layOut(roster, DutyDefinitions.TCS_2016, roster.doctors().get(0),
                TestRotas.MONDAY.minusDays(3), TestRotas.MONDAY.plusDays(5));
        assertThat(wider.size()).isEqualTo(2);
        assertThat(wider.reportDays()).isEqualTo(8);
    }
}
