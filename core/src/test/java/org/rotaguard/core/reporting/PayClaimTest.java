package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.reporting.Reports.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.pay.PayRules;

/**
 * Pay for additional minutes: hourly rate = basic ÷ 52.143 ÷ 40 (£40,000 → £19.178030 an hour), the
 * 37% enhancement on the minutes the night rules qualify, judged on the duty as worked.
 */
class PayClaimTest {
    static final PayRules TCS2019 = rules(true);
    static final PayRules TCS2016 = rules(false);

    static PayRules rules(boolean ruleC) {
        return new PayRules(ruleC ? "tcs2016-2019" : "tcs2016", "test", 40, new BigDecimal("0.37"), Duration.ofHours(8),
                ruleC, List.of(), "", new BigDecimal("8"), ruleC ? 1000 : 0);
    }

    private static PayClaim claim(String rs, String re, String ws, String we, PayRules rules) {
        return PayClaim.of("r-1", Reports.submission(Set.of(Category.HOURS), rs, re, ws, we), 40_000, "4", rules);
    }

    @Test
    void aDayOverrunIsPaidAtTheBasicHourlyRate() {
        PayClaim c = claim("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T08:00", "2026-03-10T18:30", TCS2019);
        assertThat(c.minutes()).isEqualTo(90);
        assertThat(c.basicMinutes()).isEqualTo(90);
        assertThat(c.enhancedMinutes()).isZero();
        assertThat(c.hourlyRate()).isEqualByComparingTo("19.178030");
        assertThat(c.amount()).isEqualByComparingTo("28.77");
        assertThat(c.working()).anySatisfy(w -> assertThat(w).isEqualTo("Hourly basic rate (point 4): £40,000 ÷ 52.143 ÷ 40"
                + " = £19.178."));
        assertThat(c.working()).last().isEqualTo("Total: £28.77.");
    }

    @Test
    void stayingPast21IsEnhanced() {
        PayClaim c = claim("2026-03-10T13:00", "2026-03-10T21:00", "2026-03-10T13:00", "2026-03-10T22:30", TCS2019);
        assertThat(c.enhancedMinutes()).isEqualTo(90);
        assertThat(c.amount()).isEqualByComparingTo("39.41");
    }

    @Test
    void ruleCEnhancesTheWholeOverrunOnlyUnderThe2019Terms() {
        PayClaim c2019 = claim("2026-03-10T13:00", "2026-03-10T20:30", "2026-03-10T13:00", "2026-03-11T00:15", TCS2019);
        assertThat(c2019.minutes()).isEqualTo(225);
        assertThat(c2019.enhancedMinutes()).isEqualTo(225);
        assertThat(c2019.amount()).isEqualByComparingTo("98.53");
        PayClaim c2016 = claim("2026-03-10T13:00", "2026-03-10T20:30", "2026-03-10T13:00", "2026-03-11T00:15", TCS2016);
        assertThat(c2016.enhancedMinutes()).isEqualTo(195);
        assertThat(c2016.basicMinutes()).isEqualTo(30);
        assertThat(c2016.amount()).isEqualByComparingTo("94.98");
    }

    @Test
    void ruleBCoversANightOverrunUntil10() {
        PayClaim b = claim("2026-03-10T20:00", "2026-03-11T08:00", "2026-03-10T20:00", "2026-03-11T09:30", TCS2019);
        assertThat(b.enhancedMinutes()).isEqualTo(90);
        // A night starting at 19:00 is not rule B: 07:00–08:00 is plain time.
        PayClaim notB = claim("2026-03-10T19:00", "2026-03-11T07:00", "2026-03-10T19:00", "2026-03-11T08:00", TCS2019);
        assertThat(notB.enhancedMinutes()).isZero();
        assertThat(notB.amount()).isEqualByComparingTo("19.18");
    }

    @Test
    void anEarlyStartSplitsAt07() {
        PayClaim c = claim("2026-03-10T08:00", "2026-03-10T17:00", "2026-03-10T06:00", "2026-03-10T17:00", TCS2019);
        assertThat(c.enhancedMinutes()).isEqualTo(60);
        assertThat(c.basicMinutes()).isEqualTo(60);
        assertThat(c.amount()).isEqualByComparingTo("45.45");
        assertThat(c.working()).anySatisfy(w -> assertThat(w).startsWith("Enhanced: 1.00h × £19.178 × 1.37 = £26.27"));
    }

    @Test
    void theFallBackNightPaysItsExtraHourAsWorked() {
        // Night 20:00 Sat 24 Oct → 08:00 Sun 25 Oct 2026 (13h elapsed), stayed until 09:00: 60 minutes, rule B.
        PayClaim c = claim("2026-10-24T20:00", "2026-10-25T08:00", "2026-10-24T20:00", "2026-10-25T09:00", TCS2019);
        assertThat(c.minutes()).isEqualTo(60);
        assertThat(c.enhancedMinutes()).isEqualTo(60);
    }

    @Test
    void anOnCallCallInAtNightIsEnhancedByRuleA() {
        Submission s = new Submission("oc", "dr.ahmed", "t", "", "", "", Set.of(Category.HOURS), null, null,
                at("2026-03-11T02:00"), at("2026-03-11T04:00"), 0, true, 300, 480, "", "", List.of(),
                at("2026-03-11T05:00").toInstant());
        PayClaim c = PayClaim.of("r", s, 40_000, "4", TCS2019);
        assertThat(c.enhancedMinutes()).isEqualTo(120);
        assertThat(c.amount()).isEqualByComparingTo("52.55");
        assertThat(c.working().get(1)).contains("on call: rule A only");
    }

    @Test
    void aClaimNeedsPayAsTheCompensation() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V13, ReportState.TOIL_PENDING);
        assertThatThrownBy(() -> PayClaim.of(d.view(), 40_000, "4", TCS2019)).hasMessageContaining("not compensated by pay");
        Reports.Driver p = States.reach(ProcessVersion.V13, ReportState.PAY_PENDING);
        assertThat(PayClaim.of(p.view(), 40_000, "4", TCS2019).amount()).isEqualByComparingTo("28.77");
        assertThatThrownBy(() -> PayClaim.of(p.view(), 0, "4", TCS2019)).hasMessageContaining("basic salary");
    }

    @Test
    void theBasicSalaryCanComeFromThePayScale() throws TransitionRefused {
        Reports.Driver p = States.reach(ProcessVersion.V13, ReportState.PAY_PENDING);
        org.rotaguard.core.pay.PayScale scale = new org.rotaguard.core.pay.PayScale("2025/26",
                java.time.LocalDate.of(2025, 4, 1), "test", java.util.Map.of("1", 38_831, "4", 40_000), null, null);
        PayClaim c = PayClaim.of(p.view(), scale, "4", TCS2019);
        assertThat(c.amount()).isEqualByComparingTo("28.77");
        assertThat(c.payPoint()).isEqualTo("4 of 2025/26");
        assertThatThrownBy(() -> PayClaim.of(p.view(), scale, "5", TCS2019))
                .hasMessage("pay point 5 is not on the 2025/26 scale (points: 1, 4)");
    }
}
