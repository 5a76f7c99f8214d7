package org.rotaguard.core.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.FALL_BACK;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.SPRING_FORWARD;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.roster;
import static org.rotaguard.core.TestRotas.timeline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;

class RotaLayoutTest {
    @Test
    void nightsAcrossTheClockChangesLastElevenAndThirteenHours() {
        DoctorTimeline spring = timeline(roster(SPRING_FORWARD.minusDays(1), "N", "N 20:00-08:00"));
        assertThat(spring.end(0) - spring.start(0)).isEqualTo(11 * 60);
        DoctorTimeline autumn = timeline(roster(FALL_BACK.minusDays(1), "N", "N 20:00-08:00"));
        assertThat(autumn.end(0) - autumn.start(0)).isEqualTo(13 * 60);
        assertThat(autumn.workMinutes(0)).isEqualTo(13 * 60);
    }

    @Test
    void theFallBackNightGetsAnExtraHourInsideTheNightWindow() {
        // 20:00-01:00 has 2h in 23:00-06:00 on an ordinary night: not a night shift.
        assertThat(timeline(roster(MONDAY, "N", "N 20:00-01:00")).is(0, DutyFlags.NIGHT)).isFalse();
        // On the fall-back night 22:00 BST to 02:00 GMT is 5h elapsed, 4h of them from 23:00.
        DoctorTimeline autumn = timeline(roster(FALL_BACK.minusDays(1), "N", "N 22:00-02:00"));
        assertThat(autumn.end(0) - autumn.start(0)).isEqualTo(5 * 60);
        assertThat(autumn.is(0, DutyFlags.NIGHT)).isTrue();
    }

    @Test
    void dutiesAreClassifiedByTheContractDefinitions() {
        DoctorTimeline t = timeline(roster(MONDAY, "LE N D OC", "LE 13:00-23:30", "N 20:00-08:00", "D 09:00-17:00",
                "OC 17:00-08:00 oncall 3h"));
        assertThat(t.flags(0)).isEqualTo(DutyFlags.SHIFT | DutyFlags.LONG | DutyFlags.LONG_EVENING);
        assertThat(t.flags(1)).isEqualTo(DutyFlags.SHIFT | DutyFlags.LONG | DutyFlags.NIGHT);
        assertThat(t.flags(2)).isEqualTo(DutyFlags.SHIFT);
        assertThat(t.flags(3)).isEqualTo(DutyFlags.ON_CALL);
        assertThat(t.workMinutes(3)).isEqualTo(180.0);
    }

    @Test
    void aCyclicRotaIsLaidOutOverItsNeighbouringCycles() {
        Rota rota = cyclic(MONDAY, List.of("D - - - - - -", "- D - - - - -"), "D 09:00-17:00");
        DoctorTimeline t = timeline(rota);
        assertThat(t.size()).isEqualTo(8); // 4 cycles of 2 duties
        assertThat(t.reportFromDay()).isEqualTo((int) MONDAY.toEpochDay());
        assertThat(t.endReported() - t.firstReported()).isEqualTo(2);
        assertThat(t.weeks()).isEqualTo(2.0);
    }

    @Test
    void aDoctorOnLineTwoStartsOnTheSecondTemplateWeek() {
        Rota rota = Rota.builder(MONDAY).shift(org.rotaguard.core.TestRotas.type("D 09:00-17:00"))
                .doctor(Doctor.onLine("A", 1)).doctor(Doctor.onLine("B", 2))
                .template("D - - - - - -", "- D - - - - -").build();
        DoctorTimeline b = RotaLayout.layOut(rota, DutyDefinitions.TCS_2016).get(1);
        assertThat(LocalDate.ofEpochDay(b.day(b.firstReported()))).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void dutiesOfOneDayAreInTimeOrderWhateverTheCellSays() {
        DoctorTimeline t = timeline(roster(MONDAY, "OC+D", "D 09:00-17:00", "OC 17:00-08:00 oncall"));
        assertThat(t.shiftType(0).code()).isEqualTo("D");
        assertThat(t.shiftType(1).code()).isEqualTo("OC");
    }
}
