package org.rotaguard.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.pay.TestPay.pounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;

/** Hand-worked pay figures (2025/26, nodal point 4: B = £65,048, £1,626.20 per weekly hour). */
class PayCalculatorTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    /** 4 weeks, 178 hours: 44.5 h a week; nights Thursday to Sunday of week 2. */
    private static final List<String> FOUR_WEEKS = List.of(
            "LD LD LD LD -  -  -",
            "-  -  -  N  N  N  N",
            "D  D  D  D  D  -  -",
            "D  D  D  D  D  -  -");
    private static final String[] TYPES = {"LD 08:00-20:30", "N 20:00-08:00", "D 09:00-17:00"};

    private static Rota rota(double ltft) {
        Rota r = TestRotas.cyclic(MONDAY, FOUR_WEEKS, TYPES);
        return r.toBuilder().doctors(List.of(new Doctor("A", "Dr A", "ST4", 4, ltft, false, 1, null))).build();
    }

    private static DoctorPay price(Rota rota, PayRules rules) {
        return new PayCalculator(TestPay.Y2025, rules).price(rota, DutyDefinitions.TCS_2016).doctors().get(0);
    }

    private static BigDecimalAssertions elements(DoctorPay pay) {
        return new BigDecimalAssertions(pay);
    }

    @Test
    void fullTimeDoctorOnShifts() {
        DoctorPay pay = price(rota(1.0), TestPay.TCS_2019);
        assertThat(pay.averageWeeklyHours()).isEqualTo(44.5);
        assertThat(pay.nightHoursPerWeek()).isEqualTo(12.0); // 4 nights × 12h (rule B) ÷ 4 weeks
        elements(pay)
                .is("basic", "65048.00")
                .is("additionalHours", "7317.90")       // 4.5h × £1,626.20
                .is("nightEnhancement", "7220.33")      // 12h × 37% × £1,626.20 = 7,220.328
                .is("weekendAllowance", "4879.00")      // 1 in 4: 7.5% × 65,048 = 4,878.60 → up to £4,879
                .is("onCallAllowance", "0.00")
                .is("flexiblePayPremia", "0.00")
                .is("ltftAllowance", "0.00");
        assertThat(pay.total()).isEqualByComparingTo("84465.23");
        assertThat(pay.weekendsWorked()).isEqualTo(1); // the Friday night starts on Friday: not a weekend for pay
    }

    @Test
    void lessThanFullTimeDoctorUnder2019Rules() {
        DoctorPay pay = price(rota(0.6), TestPay.TCS_2019);
        elements(pay)
                .is("basic", "72365.90")                // every rostered hour: 44.5h × £1,626.20
                .is("additionalHours", "0.00")
                .is("nightEnhancement", "7220.33")
                // full-time rota: 1 ÷ 0.6 weekends in 4 weeks = 1 in 2.4 → 10% band, £6,505; × 0.6
                .is("weekendAllowance", "3903.00")
                .is("ltftAllowance", "1000.00");
        assertThat(pay.total()).isEqualByComparingTo("84489.23");
    }

    @Test
    void lessThanFullTimeDoctorUnder2016Rules() {
        DoctorPay pay = price(rota(0.6), TestPay.TCS_2016);
        elements(pay)
                .is("weekendAllowance", "2927.40")      // 2016 table: 1 in 2.4 → 7.5%, £4,879 × 0.6
                .is("ltftAllowance", "0.00");
    }

    @Test
    void nonResidentOnCallRota() {
        // 8 weeks, 337h: five weekday on-calls (17:00–09:00, 3h work) and one weekend pair (24h, 5h work each).
        Rota r = TestRotas.cyclic(LocalDate.of(2025, 6, 2), List.of(
                        "D D+OC D D D WE WE", "- D D D+OC D - -", "D+OC D D D D - -", "D D D D D+OC - -",
                        "D D D+OC D D - -", "D D D D D - -", "D D D D D - -", "D D D D D - -"),
                "D 09:00-17:00", "OC 17:00-09:00 oncall 3h", "WE 09:00-09:00 oncall 5h");
        r = r.toBuilder().doctors(List.of(new Doctor("MR1", "", "ST5", 4, 1.0, false, 1, null))).build();
        DoctorPay pay = price(r, TestPay.TCS_2019);
        assertThat(pay.averageWeeklyHours()).isEqualTo(42.125);
        assertThat(pay.onCallPeriods()).isEqualTo(7);
        // Night share of on-call work: 5 × 3h × 10/16 + 2 × 5h × 10/24 = 13.5417h over 8 weeks.
        assertThat(pay.nightHoursPerWeek()).isCloseTo(1.692708, org.assertj.core.data.Offset.offset(1e-6));
        elements(pay)
                .is("additionalHours", "3455.68")       // 2.125h × £1,626.20
                .is("nightEnhancement", "1018.49")
                .is("onCallAllowance", "5204.00")       // 8% × 65,048 = 5,203.84 → £5,204
                // Only the WE pair starts on a weekend: 1 in 8 → 3%, 1,951.44 → £1,952. The Friday
                // on-call ending on Saturday counts for the weekend limit but not for the allowance.
                .is("weekendAllowance", "1952.00");
    }

    @Test
    void publishedOnCallCashIsUsedWhenTheScaleHasIt() {
        PayScale withCash = new PayScale("2025/26", LocalDate.of(2025, 4, 1), "test", Map.of("4", 65048),
                Map.of(), Map.of("4", 5300));
        Rota r = TestRotas.cyclic(MONDAY, List.of("D+OC - - - - - -"), "D 09:00-17:00", "OC 17:00-09:00 oncall 1h");
        r = r.toBuilder().doctors(List.of(new Doctor("A", "", "", 4, 1.0, false, 1, null))).build();
        DoctorPay pay = new PayCalculator(withCash, TestPay.TCS_2019).price(r, DutyDefinitions.TCS_2016).doctors().get(0);
        assertThat(pay.element("onCallAllowance").orElseThrow().amount()).isEqualByComparingTo("5300");
    }

    @Test
    void aDoctorWithoutANodalPointCannotBePriced() {
        Rota r = TestRotas.cyclic(MONDAY, FOUR_WEEKS, TYPES);
        assertThatThrownBy(() -> price(r, TestPay.TCS_2019)).isInstanceOf(PayException.class)
                .hasMessageContaining("doctor A has no nodalPoint");
    }

    @Test
    void aSplitScaleUsesTheGradeAndSaysSo() {
        PayScale split = new PayScale("2026/27", LocalDate.of(2026, 4, 1), "test",
                Map.of("4a", 67325, "4b", 67998, "4c", 67998), Map.of(), Map.of())
                ;
        PayScale graded = new PayScale(split.payYear(), split.from(), "test", split.basic(),
                Map.of("ST3", "4a", "ST4", "4b", "ST5", "4c"), Map.of());
        DoctorPay st4 = new PayCalculator(graded, TestPay.TCS_2019).price(rota(1.0), DutyDefinitions.TCS_2016)
                .doctors().get(0);
        assertThat(st4.payPoint()).isEqualTo("4b");
        assertThat(st4.basicSalary()).isEqualTo(67998);
        Rota noGrade = rota(1.0).toBuilder().doctors(List.of(new Doctor("A", "", "", 4, 1.0, false, 1, null))).build();
        DoctorPay unknown = new PayCalculator(graded, TestPay.TCS_2019).price(noGrade, DutyDefinitions.TCS_2016)
                .doctors().get(0);
        assertThat(unknown.payPoint()).isEqualTo("4a");
        assertThat(unknown.notes()).singleElement().asString().contains("Grade not given");
    }

    @Test
    void weekendBandsIncludeTheirRarerBoundary() {
        // 2019 table, 12 weeks (84 days)
        assertThat(TestPay.TCS_2019.weekendBand(6, 84).percent()).isEqualByComparingTo("15");   // 1 in 2
        assertThat(TestPay.TCS_2019.weekendBand(5, 84).percent()).isEqualByComparingTo("10");   // 1 in 2.4
        assertThat(TestPay.TCS_2019.weekendBand(4, 84).percent()).isEqualByComparingTo("10");   // 1 in 3
        assertThat(TestPay.TCS_2019.weekendBand(3, 84).percent()).isEqualByComparingTo("7.5");  // 1 in 4
        assertThat(TestPay.TCS_2019.weekendBand(7, 84).percent()).isEqualByComparingTo("15");   // more often than 1 in 2
        assertThat(TestPay.TCS_2019.weekendBand(2, 84).percent()).isEqualByComparingTo("5");    // 1 in 6
        assertThat(TestPay.TCS_2016.weekendBand(2, 84).percent()).isEqualByComparingTo("4");    // 1 in 6 (2016)
        assertThat(TestPay.TCS_2016.weekendBand(4, 84).percent()).isEqualByComparingTo("7.5");  // 1 in 3 (2016)
        // 1 in 8 exactly earns 3%; rarer earns nothing
        assertThat(TestPay.TCS_2019.weekendBand(1, 56).percent()).isEqualByComparingTo("3");
        assertThat(TestPay.TCS_2019.weekendBand(1, 57)).isNull();
        assertThat(TestPay.TCS_2019.weekendBand(0, 56)).isNull();
    }

    @Test
    void weekendCashIsRoundedUpToThePound() {
        // PC(M&D) 1/2017: 2017/18 NP1 £26,614 → 2,662 / 1,997 / 1,597 / 1,065 / 799
        int np1 = 26614;
        assertThat(TestPay.TCS_2016.weekendTable()).extracting(b -> TestPay.TCS_2016.weekendCash(np1, b).intValue())
                .containsExactly(2662, 1997, 1597, 1065, 799);
        // From 4 Dec 2019, NP1 £27,689 → 4,154 / 2,769 / 2,077 / 1,662 / 1,385 / 1,108 / 831
        assertThat(TestPay.TCS_2019.weekendTable()).extracting(b -> TestPay.TCS_2019.weekendCash(27689, b).intValue())
                .containsExactly(4154, 2769, 2077, 1662, 1385, 1108, 831);
        // 2022/23 NP5 £58,398 → 8,760 / 5,840 / 4,380 / 3,504 / 2,920 / 2,336 / 1,752
        assertThat(TestPay.TCS_2019.weekendTable()).extracting(b -> TestPay.TCS_2019.weekendCash(58398, b).intValue())
                .containsExactly(8760, 5840, 4380, 3504, 2920, 2336, 1752);
    }

    @Test
    void aNightAcrossTheAutumnClockChangeIsPaidForItsThirteenHours() {
        // One-week cycle starting Saturday 24 October 2026: one 20:00–08:00 night, 13 elapsed hours.
        Rota r = TestRotas.cyclic(LocalDate.of(2026, 10, 24), List.of("N - - - - - -"), "N 20:00-08:00");
        r = r.toBuilder().doctors(List.of(new Doctor("A", "", "", 4, 1.0, false, 1, null))).build();
        DoctorPay pay = price(r, TestPay.TCS_2016);
        assertThat(pay.averageWeeklyHours()).isEqualTo(13.0);
        assertThat(pay.nightHoursPerWeek()).isEqualTo(13.0);
        // 13h × 37% × £1,626.20 = 7,822.022
        elements(pay).is("nightEnhancement", "7822.02").is("additionalHours", "0.00");
    }

    /** Fluent checks of element amounts. */
    private static final class BigDecimalAssertions {
        private final DoctorPay pay;

        BigDecimalAssertions(DoctorPay pay) {
            this.pay = pay;
        }

        BigDecimalAssertions is(String element, String amount) {
            assertThat(pay.element(element)).as(element).isPresent();
            assertThat(pay.element(element).get().amount()).as(element).isEqualByComparingTo(pounds(amount));
            return this;
        }
    }
}
