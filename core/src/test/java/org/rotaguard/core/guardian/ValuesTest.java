package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.guardian.Fixtures.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The values refuse what cannot be: a report, a duty, a breach or a fine that does not add up. */
class ValuesTest {
    @Test
    void approvedHoursAreChecked() {
        assertThatThrownBy(() -> new ApprovedHours("r", at("2026-06-01T10:00"), at("2026-06-01T10:00"), false, 0, null,
                null)).hasMessageContaining("report r: worked end");
        assertThatThrownBy(() -> new ApprovedHours("r", at("2026-06-01T10:00"), at("2026-06-01T11:00"), false, -1, null,
                null)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new ApprovedHours("r", at("2026-06-01T10:00"), at("2026-06-01T11:00"), true, 0, 61,
                null)).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> new ApprovedHours("r", at("2026-06-01T10:00"), at("2026-06-01T20:00"), true, 0, 300,
                200)).hasMessageContaining("continuous rest cannot be more than the total");
    }

    @Test
    void workedDutiesAreChecked() {
        assertThatThrownBy(() -> new WorkedDuty(at("2026-06-01T10:00"), at("2026-06-01T09:00"), false, null))
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new WorkedDuty(at("2026-06-01T10:00"), at("2026-06-01T11:00"), false, null, "X", 61))
                .hasMessageContaining("does not fit");
        WorkedDuty onCall = new WorkedDuty(at("2026-06-01T17:00"), at("2026-06-02T09:00"), true, "r1");
        assertThat(onCall.workMinutes()).isZero();
        assertThat(onCall.lengthMinutes()).isEqualTo(16 * 60);
        assertThat(onCall.reported()).isTrue();
    }

    @Test
    void aBreachKnowsItsRuleAndKey() {
        Breach b = new Breach("rest-under-11h", "dr", at("2026-06-01T09:00"), at("2026-06-02T17:00"), 30, 10, null, null);
        assertThat(b.rule()).isEqualTo(SafeWorkingRule.REST_UNDER_11H);
        assertThat(b.basicMinutes()).isEqualTo(20);
        assertThat(b.key()).isEqualTo("rest-under-11h|dr|2026-06-01T08:00:00Z");
        assertThatThrownBy(() -> new Breach("x", "dr", at("2026-06-01T09:00"), at("2026-06-01T10:00"), 10, 11, "", ""))
                .hasMessageContaining("not possible");
        assertThat(SafeWorkingRule.values()).extracting(SafeWorkingRule::id).containsExactly("avg-48h",
                "max-72h-in-168h", "shift-over-13h", "rest-under-11h", "nroc-5h-continuous", "nroc-8h-total",
                "breaks-missed-25pc");
        assertThat(SafeWorkingRule.NROC_8H_TOTAL.confidence()).isEqualTo("MED");
    }

    @Test
    void aFineMustAddUp() {
        assertThatThrownBy(() -> new Fine("f", FineType.SAFE_WORKING, "k", "d", "x", LocalDate.of(2026, 1, 1), 1,
                new BigDecimal("10.00"), new BigDecimal("4.00"), new BigDecimal("5.00"), "", ""))
                .hasMessageContaining("is not the doctor's share");
    }

    @Test
    void aReportFactIsChecked() {
        assertThatThrownBy(() -> new ReportFact("r", "d", java.util.Set.of(), null, null, null, null, null,
                java.time.Instant.parse("2026-06-02T00:00:00Z"), java.time.Instant.parse("2026-06-01T00:00:00Z"),
                ReportOutcome.PAY, 0, 0, null, false, false)).hasMessageContaining("first response before submission");
        ReportFact f = new ReportFact("r", "d", java.util.Set.of(), null, " ", null, null, null,
                java.time.Instant.parse("2026-06-02T00:00:00Z"), null, ReportOutcome.OPEN, 0, 0, null, false, false);
        assertThat(f.grade()).isEqualTo("Not recorded");
        assertThat(f.specialty()).isEqualTo("Not recorded");
        assertThat(f.pay()).isEqualByComparingTo("0");
    }

    @Test
    void breaksEarnedByShiftLength() {
        SafeWorkingLimits l = SafeWorkingLimits.TCS_2019;
        assertThat(l.breaksFor(300, false)).isZero();
        assertThat(l.breaksFor(301, false)).isEqualTo(1);
        assertThat(l.breaksFor(540, false)).isEqualTo(1);
        assertThat(l.breaksFor(541, false)).isEqualTo(2);
        assertThat(l.breaksFor(720, false)).isEqualTo(2);
        assertThat(l.breaksFor(719, true)).isEqualTo(2);
        assertThat(l.breaksFor(720, true)).isEqualTo(3);
        assertThat(SafeWorkingLimits.TCS_2016.breaksFor(780, true)).isEqualTo(2);
    }
}
