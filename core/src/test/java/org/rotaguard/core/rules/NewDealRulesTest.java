package org.rotaguard.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.TestRotas.MONDAY;
import static org.rotaguard.core.TestRotas.check;
import static org.rotaguard.core.TestRotas.cyclic;
import static org.rotaguard.core.TestRotas.info;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.Rota;

class NewDealRulesTest {
    private final Rule continuous = new NewDealContinuousDutyRule(info("nd-max-continuous-duty"), Duration.ofHours(14),
            Duration.ofHours(16), Duration.ofHours(24), Duration.ofHours(32), Duration.ofHours(56));
    private final Rule rest = new NewDealRestBetweenDutiesRule(info("nd-min-rest-between-duties"), Duration.ofHours(8),
            Duration.ofHours(12));
    private final Rule off = new NewDealContinuousOffRule(info("nd-min-continuous-off"), Duration.ofHours(48),
            Duration.ofHours(62), 28, 21);
    private final NewDealDutyHoursRule duty = new NewDealDutyHoursRule(info("nd-max-duty-hours"), Duration.ofHours(40),
            Duration.ofHours(56), Duration.ofHours(64), Duration.ofHours(72));
    private final Rule actual = new NewDealActualHoursRule(info("nd-max-actual-hours"), Duration.ofHours(56));

    @Test
    void fullShiftsUpTo14HoursContinuous() {
        assertThat(check(continuous, cyclic(MONDAY, List.of("D - - - - - -"), "D 08:00-22:00"))).isEmpty();
        assertThat(check(continuous, cyclic(MONDAY, List.of("D - - - - - -"), "D 08:00-22:01"))).singleElement()
                .satisfies(v -> assertThat(v.actual()).isEqualTo("14h01m"));
    }

    @Test
    void aDayThenOnCallThenADayIsOneContinuousDutyOf32Hours() {
        Rota rota = cyclic(MONDAY, List.of("D+OC D - - - - -"), "D 09:00-17:00", "OC 17:00-09:00 oncall 3h");
        assertThat(check(continuous, rota)).isEmpty();
        Rota longer = cyclic(MONDAY, List.of("D+OC D - - - - -"), "D 09:00-17:01", "OC 17:01-09:00 oncall 3h");
        assertThat(check(continuous, longer)).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("32h01m"));
    }

    @Test
    void weekendOnCallMayRun56Hours() {
        // Friday 09:00 to Monday 09:00 is 72h: over even the weekend limit; Saturday 09:00 to Monday 09:00 is 48h.
        Rota weekend = cyclic(MONDAY, List.of("- - - - - WE WE"), "WE 09:00-09:00 oncall 5h");
        assertThat(check(continuous, weekend)).isEmpty();
    }

    @Test
    void eightHoursOffOnShiftsTwelveNextToOnCall() {
        assertThat(check(rest, cyclic(MONDAY, List.of("N D - - - - -"), "N 20:00-08:00", "D 16:00-23:00"))).isEmpty();
        assertThat(check(rest, cyclic(MONDAY, List.of("N D - - - - -"), "N 20:00-08:00", "D 15:59-23:00")))
                .hasSize(1);
        assertThat(check(rest, cyclic(MONDAY, List.of("OC D - - - - -"), "OC 17:00-09:00 oncall 1h",
                "D 20:00-23:00"))).singleElement().satisfies(v -> assertThat(v.limit()).isEqualTo("12h"));
    }

    @Test
    void continuousOffNeeds48AndASeparate62InEach28Days() {
        // Weekends off from Friday 17:00 to Monday 09:00 (64h) every week: met.
        assertThat(check(off, cyclic(MONDAY, List.of("D D D D D - -"), "D 09:00-17:00"))).isEmpty();
        // Saturday work every week: only Saturday 17:00 to Monday 09:00 (40h) off: never met.
        assertThat(check(off, cyclic(MONDAY, List.of("D D D D D D -"), "D 09:00-17:00"))).hasSize(1);
    }

    @Test
    void hybridDutyLimitIsProRated() {
        // Full shift 56 and on-call 72; half of each beyond the normal week → 40 + 8 + 16 = 64.
        assertThat(duty.limitMinutes(new double[] {600, 0, 0, 600, 0})).isEqualTo(64 * 60);
        assertThat(duty.limitMinutes(new double[] {600, 0, 0, 0, 0})).isEqualTo(56 * 60);
        assertThat(duty.limitMinutes(new double[] {0, 300, 300, 0, 0})).isEqualTo(64 * 60);
        assertThat(duty.limitMinutes(new double[] {0, 0, 0, 0, 2400})).isEqualTo(56 * 60);
    }

    @Test
    void prospectiveCoverRaisesTheAverage() {
        // 56h a week without cover is allowed; with 6 weeks' leave a year covered at 40h a week:
        // W = 1, L = 6/52, (56 − L·40) ÷ (1 − L) = 58.09h: over 56.
        Rota rota = cyclic(MONDAY, List.of("D D D D - - -"), "D 08:00-22:00");
        assertThat(check(actual, rota)).isEmpty();
        Rota covered = rota.toBuilder().prospectiveCover(new ProspectiveCover(6, 40)).build();
        assertThat(check(actual, covered)).singleElement().satisfies(v -> assertThat(v.actual()).isEqualTo("58h05m"));
        Doctor own = covered.doctors().get(0).withProspectiveCover(new ProspectiveCover(0, 0));
        assertThat(check(actual, covered.toBuilder().doctors(List.of(own)).build())).isEmpty();
        assertThat(TestRotas.timeline(covered).doctor().prospectiveCover()).isNotNull();
    }
}
