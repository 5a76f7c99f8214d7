package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.guardian.Fixtures.FALL_BACK;
import static org.rotaguard.core.guardian.Fixtures.MONDAY;
import static org.rotaguard.core.guardian.Fixtures.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Rota;

class WorkedHoursTest {
    private static DoctorTimeline roster(java.time.LocalDate start, String days, String... types) {
        Rota rota = TestRotas.roster(start, days, types);
        return RotaLayout.layOut(rota, DutyDefinitions.TCS_2016, rota.doctors().get(0), start, start.plusDays(
                days.trim().split("\\s+").length));
    }

    private static ApprovedHours report(String id, String from, String to) {
        return new ApprovedHours(id, at(from), at(to), false, 0, null, null);
    }

    @Test
    void withoutReportsTheWorkedHoursAreTheRota() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D - L", "D 09:00-17:00", "L 08:00-20:30"), List.of());
        assertThat(worked).extracting(WorkedDuty::start, WorkedDuty::end, WorkedDuty::code, WorkedDuty::workMinutes,
                        WorkedDuty::reportId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(at("2026-06-01T09:00"), at("2026-06-01T17:00"), "D", 480, null),
                        org.assertj.core.groups.Tuple.tuple(at("2026-06-03T08:00"), at("2026-06-03T20:30"), "L", 750, null));
    }

    @Test
    void aLateFinishReplacesTheRosteredShift() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D D", "D 09:00-17:00"),
                List.of(report("r1", "2026-06-02T09:00", "2026-06-02T18:30")));
        assertThat(worked).hasSize(2);
        assertThat(worked.get(1)).satisfies(d -> {
            assertThat(d.start()).isEqualTo(at("2026-06-02T09:00"));
            assertThat(d.end()).isEqualTo(at("2026-06-02T18:30"));
            assertThat(d.code()).isEqualTo("D");
            assertThat(d.reportId()).isEqualTo("r1");
            assertThat(d.workMinutes()).isEqualTo(570);
        });
    }

    @Test
    void anEarlyStartAndLateFinishBothCount() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D", "D 09:00-17:00"),
                List.of(report("r1", "2026-06-01T07:45", "2026-06-01T17:20")));
        assertThat(worked).singleElement().satisfies(d -> assertThat(d.lengthMinutes()).isEqualTo(575));
    }

    @Test
    void aReportWithNoRosteredDutyAddsOne() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D - D", "D 09:00-17:00"),
                List.of(report("r2", "2026-06-02T10:00", "2026-06-02T14:00")));
        assertThat(worked).hasSize(3);
        assertThat(worked.get(1)).satisfies(d -> {
            assertThat(d.code()).isEqualTo(WorkedDuty.REPORTED_CODE);
            assertThat(d.reportId()).isEqualTo("r2");
            assertThat(d.workMinutes()).isEqualTo(240);
        });
    }

    @Test
    void aReportOfTheExtraTimeOnlyExtendsTheShiftItTouches() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D", "D 09:00-17:00"),
                List.of(report("r3", "2026-06-01T17:00", "2026-06-01T18:00")));
        assertThat(worked).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(at("2026-06-01T09:00"));
            assertThat(d.end()).isEqualTo(at("2026-06-01T18:00"));
        });
    }

    @Test
    void twoReportsOnOneShiftCoverBoth() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D", "D 09:00-17:00"),
                List.of(report("a", "2026-06-01T08:30", "2026-06-01T17:00"),
                        report("b", "2026-06-01T09:00", "2026-06-01T19:00")));
        assertThat(worked).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(at("2026-06-01T08:30"));
            assertThat(d.end()).isEqualTo(at("2026-06-01T19:00"));
            assertThat(d.reportId()).isEqualTo("a,b");
        });
    }

    @Test
    void aShiftRunIntoTheOnCallPeriodTrimsTheOnCallPeriod() {
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "D+OC", "D 09:00-17:00", "OC 17:00-09:00 oncall 4h"),
                List.of(report("r4", "2026-06-01T09:00", "2026-06-01T19:00")));
        assertThat(worked).hasSize(2);
        assertThat(worked.get(1)).satisfies(d -> {
            assertThat(d.onCall()).isTrue();
            assertThat(d.start()).isEqualTo(at("2026-06-01T19:00"));
            // 4 hours expected over 16 hours; 14 of them remain.
            assertThat(d.workMinutes()).isEqualTo(210);
        });
    }

    @Test
    void anOnCallReportWithTheRestHadSetsTheWorkAndNeverShortensThePeriod() {
        ApprovedHours oc = new ApprovedHours("r5", at("2026-06-01T18:00"), at("2026-06-02T09:30"), true, 0, 120, 300);
        List<WorkedDuty> worked = WorkedHours.of(roster(MONDAY, "OC", "OC 17:00-09:00 oncall 4h"), List.of(oc));
        assertThat(worked).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(at("2026-06-01T17:00"));
            assertThat(d.end()).isEqualTo(at("2026-06-02T09:30"));
            assertThat(d.workMinutes()).isEqualTo(16 * 60 + 30 - 300);
        });
    }

    @Test
    void lengthsAcrossTheClockChangeAreElapsed() {
        List<WorkedDuty> worked = WorkedHours.of(roster(FALL_BACK.minusDays(1), "N", "N 20:00-08:00"),
                List.of(report("r6", FALL_BACK.minusDays(1) + "T20:00", FALL_BACK + "T09:00")));
        assertThat(worked).singleElement().satisfies(d -> assertThat(d.workMinutes()).isEqualTo(14 * 60));
    }

    @Test
    void aCyclicTemplateRepeatsOverAPlacementLongerThanTheLayoutsCycles() {
        Rota rota = TestRotas.cyclic(MONDAY, List.of("D - - - - - -"), "D 09:00-17:00");
        DoctorTimeline t = RotaLayout.layOut(rota, DutyDefinitions.TCS_2016, rota.doctors().get(0), MONDAY,
                MONDAY.plusWeeks(26));
        List<WorkedDuty> worked = WorkedHours.of(t, List.of(), MONDAY, MONDAY.plusWeeks(26));
        assertThat(worked).hasSize(26);
        assertThat(worked.get(25).start()).isEqualTo(at(MONDAY.plusWeeks(25), "09:00"));
    }
}
