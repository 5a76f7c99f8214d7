package org.rotaguard.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rotaguard.core.TestRotas;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;

/** Every 2002 band, and the boundaries of the antisocial tests. */
class Banding2002Test {
    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);
    private static final String WEEKDAYS = "D D D D D - -";

    private static BandingDecision band(Rota rota) {
        DoctorTimeline t = RotaLayout.layOut(rota, NewDealTestPack.PACK.definitions()).get(0);
        return new Banding2002().decide(t, new RotaChecker(NewDealTestPack.PACK).check(t));
    }

    private static Rota shifts(List<String> weeks, String... types) {
        return TestRotas.cyclic(MONDAY, weeks, types);
    }

    private static Rota as(Rota rota, String grade, double ltft) {
        return rota.toBuilder().doctors(List.of(new Doctor("A", "", grade, 3, ltft, false, 1, null))).build();
    }

    private static Rota withTypes(List<String> weeks, ShiftType... types) {
        Rota.Builder b = Rota.builder(MONDAY).name("test");
        for (ShiftType type : types) {
            b.shift(type);
        }
        return b.doctor(Doctor.onLine("A", 1)).template(weeks.toArray(new String[0])).build();
    }

    @Test
    void band3WhenTheNewDealIsBroken() {
        // 5 × 12h = 60h of actual work a week: over 56.
        BandingDecision d = band(shifts(List.of(WEEKDAYS), "D 08:00-20:00"));
        assertThat(d.band()).isEqualTo(Band.BAND_3);
        assertThat(d.supplementPercent()).isEqualByComparingTo("100");
        assertThat(d.steps().get(0)).contains("nd-max-actual-hours");
    }

    @Test
    void noBandAtFortyHoursAndTheFy1Uplift() {
        assertThat(band(shifts(List.of(WEEKDAYS), "D 09:00-17:00")).band()).isEqualTo(Band.NONE);
        BandingDecision fy1 = band(as(shifts(List.of(WEEKDAYS), "D 09:00-17:00"), "FY1", 1));
        assertThat(fy1.band()).isEqualTo(Band.NONE);
        assertThat(fy1.supplementPercent()).isEqualByComparingTo("5");
    }

    @Test
    void band1BForDaytimeHoursAbove40() {
        BandingDecision d = band(shifts(List.of(WEEKDAYS), "D 08:00-17:00")); // 45h, all 07:00–19:00
        assertThat(d.band()).isEqualTo(Band.BAND_1B);
        assertThat(d.supplementPercent()).isEqualByComparingTo("40");
    }

    @Test
    void exactlyAThirdOutOfHoursIsNotMostAntisocialAndAMinuteMoreIs() {
        // Monday to Thursday 12:00–22:30: 42h with 14h after 19:00, exactly a third (no Friday evening,
        // which would count as a weekend).
        assertThat(band(shifts(List.of("D D D D - - -"), "D 12:00-22:30")).band()).isEqualTo(Band.BAND_1B);
        assertThat(band(shifts(List.of("D D D D - - -"), "D 12:00-22:31")).band()).isEqualTo(Band.BAND_1A);
    }

    @Test
    void weekendsOneInFourMakeBand1MostAntisocialAndOneInFiveDoNot() {
        // One Saturday day in 4 weeks: 47.25h, 1 in 4 → 1A; in 5 weeks: 46.8h, 1 in 5 → 1B.
        List<String> four = List.of("D D D D D D -", WEEKDAYS, WEEKDAYS, WEEKDAYS);
        List<String> five = List.of("D D D D D D -", WEEKDAYS, WEEKDAYS, WEEKDAYS, WEEKDAYS);
        assertThat(band(shifts(four, "D 08:00-17:00")).band()).isEqualTo(Band.BAND_1A);
        assertThat(band(shifts(five, "D 08:00-17:00")).band()).isEqualTo(Band.BAND_1B);
    }

    @Test
    void aFridayEveningPast19CountsAsAWeekendForBanding() {
        // Friday 10:00–19:01 touches the weekend (from Friday 19:00); 1 in 4 → 1A. Ending at 19:00 does not.
        List<String> weeks = List.of("D D D D E - -", WEEKDAYS, WEEKDAYS, WEEKDAYS);
        assertThat(band(shifts(weeks, "D 08:00-17:00", "E 10:00-19:01")).band()).isEqualTo(Band.BAND_1A);
        assertThat(band(shifts(weeks, "D 08:00-17:00", "E 10:00-19:00")).band()).isEqualTo(Band.BAND_1B);
    }

    @Test
    void band2WithItsOneInThreeWeekendTest() {
        // 10h days: 50h → band 2. A Saturday in 3 weeks (53.3h): 1 in 3 → 2A; in 4 weeks (52.5h): 1 in 4 → 2B.
        assertThat(band(shifts(List.of(WEEKDAYS), "D 08:00-18:00")).band()).isEqualTo(Band.BAND_2B);
        List<String> three = List.of("D D D D D D -", WEEKDAYS, WEEKDAYS);
        List<String> four = List.of("D D D D D D -", WEEKDAYS, WEEKDAYS, WEEKDAYS);
        BandingDecision a = band(shifts(three, "D 08:00-18:00"));
        assertThat(a.band()).isEqualTo(Band.BAND_2A);
        assertThat(a.supplementPercent()).isEqualByComparingTo("80");
        BandingDecision b = band(shifts(four, "D 08:00-18:00"));
        assertThat(b.band()).isEqualTo(Band.BAND_2B);
        assertThat(b.supplementPercent()).isEqualByComparingTo("50");
    }

    @Test
    void onCallFromHomeBands1C1BAnd1A() {
        ShiftType day = NewDealTestPack.normalDay("N", "09:00", "17:00");
        // 7 on-call periods in 8 weeks = 1 in 8, no criterion R: least antisocial → 1C (42.6h).
        List<String> rare = List.of("N N+OC N N N - -", "N N N N+OC N - -", "N+OC N N N N - -", "N N N N+OC N - -",
                "N N+OC N N N - -", "N N N+OC N N - -", "N N N N+OC N - -", "N N N N N - -");
        BandingDecision c = band(withTypes(rare, day, NewDealTestPack.onCall("OC", "17:00", "09:00", 3, false)));
        assertThat(c.band()).isEqualTo(Band.BAND_1C);
        assertThat(c.supplementPercent()).isEqualByComparingTo("20");
        // 8 in 8 weeks = 1 in 7 (without prospective cover): moderately antisocial → 1B.
        List<String> weekly = List.of("N N+OC N N N - -", "N N N N+OC N - -", "N+OC N N N N - -", "N N N N+OC N - -",
                "N N+OC N N N - -", "N N N+OC N N - -", "N N N N+OC N - -", "N N+OC N N N - -");
        assertThat(band(withTypes(weekly, day, NewDealTestPack.onCall("OC", "17:00", "09:00", 3, false))).band())
                .isEqualTo(Band.BAND_1B);
        // 7 in 5 weeks = 1 in 5 with criterion R: most antisocial → 1A (44.2h).
        List<String> frequent = List.of("N+OC N N+OC N N - -", "N+OC N N+OC N N - -", "N+OC N N N N - -",
                "N N N+OC N N - -", "N N N N+OC N - -");
        BandingDecision a = band(withTypes(frequent, day, NewDealTestPack.onCall("OC", "17:00", "09:00", 3, true)));
        assertThat(a.band()).isEqualTo(Band.BAND_1A);
        // ... and without criterion R it is only moderately antisocial.
        assertThat(band(withTypes(frequent, day, NewDealTestPack.onCall("OC", "17:00", "09:00", 3, false))).band())
                .isEqualTo(Band.BAND_1B);
    }

    @Test
    void lessThanFullTimeBands() {
        // 3 days a week: 27h → basic band F6.
        List<String> week = List.of("D D D - - - -");
        BandingDecision daytime = band(as(shifts(week, "D 08:00-17:00"), "ST3", 0.6));
        assertThat(daytime.band()).isEqualTo(Band.NONE);
        assertThat(daytime.ltftBasicBand()).isEqualTo("F6");
        assertThat(daytime.ltftMultiplier()).isEqualByComparingTo("0.6");
        BandingDecision fa = band(as(shifts(week, "D 13:00-22:01"), "ST3", 0.6));
        assertThat(fa.band()).isEqualTo(Band.FA);
        assertThat(fa.supplementPercent()).isEqualByComparingTo("50");
        assertThat(band(as(shifts(week, "D 12:00-21:00"), "ST3", 0.6)).band()).isEqualTo(Band.FB);
        ShiftType day = NewDealTestPack.normalDay("N", "09:00", "17:00");
        List<String> rare = List.of("N N+OC N - - - -", "N N N - - - -", "N N N - - - -", "N N N - - - -",
                "N N N - - - -", "N N N - - - -", "N N N - - - -", "N N N - - - -");
        Rota onCall = withTypes(rare, day, NewDealTestPack.onCall("OC", "17:00", "09:00", 3, false));
        assertThat(band(as(onCall, "ST3", 0.6)).band()).isEqualTo(Band.FC);
    }

    @Test
    void fBandsByHoursOfWork() {
        assertThat(Banding2002.fBand(20)).isEqualTo(5);
        assertThat(Banding2002.fBand(23.99)).isEqualTo(5);
        assertThat(Banding2002.fBand(24)).isEqualTo(6);
        assertThat(Banding2002.fBand(27.99)).isEqualTo(6);
        assertThat(Banding2002.fBand(28)).isEqualTo(7);
        assertThat(Banding2002.fBand(32)).isEqualTo(8);
        assertThat(Banding2002.fBand(35.99)).isEqualTo(8);
        assertThat(Banding2002.fBand(36)).isEqualTo(9);
        assertThat(Banding2002.fBand(39.99)).isEqualTo(9);
    }

    @Test
    void payOnThe2002ScaleWithTheSupplement() {
        Scale2002 scale = new Scale2002("2023/24", "test", Map.of("StR", Map.of(1, 37068, 3, 42231),
                "FY1", Map.of(1, 28274)));
        Rota rota = as(shifts(List.of(WEEKDAYS), "D 13:00-22:01"), "ST3", 1);
        DoctorPay pay = new NewDealPayCalculator(NewDealTestPack.PACK, scale).price(rota).doctors().get(0);
        assertThat(pay.band()).isEqualTo("1A");
        assertThat(pay.element("basic").orElseThrow().amount()).isEqualByComparingTo("42231.00");
        assertThat(pay.element("bandingSupplement").orElseThrow().amount()).isEqualByComparingTo("21115.50");
        assertThat(pay.total()).isEqualByComparingTo("63346.50");
        // LTFT: F6 × £42,231 = £25,338.60, FA 50% = £12,669.30
        Rota ltft = as(shifts(List.of("D D D - - - -"), "D 13:00-22:01"), "ST3", 0.6);
        DoctorPay part = new NewDealPayCalculator(NewDealTestPack.PACK, scale).price(ltft).doctors().get(0);
        assertThat(part.element("basic").orElseThrow().amount()).isEqualByComparingTo("25338.60");
        assertThat(part.element("bandingSupplement").orElseThrow().amount()).isEqualByComparingTo("12669.30");
    }

    @Test
    void aBankHolidayIsOutOfHoursAllDay() {
        Scale2002 scale = new Scale2002("2023/24", "test", Map.of("StR", Map.of(3, 42231)));
        NewDealPayCalculator calculator = new NewDealPayCalculator(NewDealTestPack.PACK, scale);
        // Exactly a third out of hours (1B) on ordinary weeks; from Monday 31 August 2026, the
        // summer bank holiday (built-in list), the Monday counts out of hours and tips it to 1A.
        Rota ordinary = as(shifts(List.of("D D D D - - -"), "D 12:00-22:30"), "ST3", 1);
        assertThat(calculator.price(ordinary).doctors().get(0).band()).isEqualTo("1B");
        Rota holiday = ordinary.toBuilder().start(LocalDate.of(2026, 8, 31)).build();
        assertThat(calculator.price(holiday).doctors().get(0).band()).isEqualTo("1A");
        // A file's own list replaces the built-in one.
        Rota none = holiday.toBuilder().bankHolidays(List.of()).build();
        assertThat(calculator.price(none).doctors().get(0).band()).isEqualTo("1B");
    }

    @Test
    void everyLineOfARotatedPatternIsBandedOnTheWholePattern() {
        // From Monday 31 August 2026 (a bank holiday): line 1 works a 12:00–22:30 day on it, line 2 a
        // 07:00–17:30 day, so line by line their out-of-hours shares would differ. Over the pattern
        // they are the same facts, and the working says so.
        Rota.Builder b = Rota.builder(LocalDate.of(2026, 8, 31)).name("test")
                .shift(TestRotas.type("D 12:00-22:30")).shift(TestRotas.type("E 07:00-17:30"))
                .template("D D D D - - -", "E E E E - - -", "E E E E - - -", "E E E E - - -");
        b.doctor(new Doctor("A", "", "ST3", 4, 1, false, 1, null));
        b.doctor(new Doctor("B", "", "ST3", 4, 1, false, 2, null));
        Scale2002 scale = new Scale2002("2023/24", "test", Map.of("StR", Map.of(3, 42231)));
        List<DoctorPay> pay = new NewDealPayCalculator(NewDealTestPack.PACK, scale).price(b.build()).doctors();
        List<String> a = pay.get(0).element("bandingSupplement").orElseThrow().working();
        List<String> c = pay.get(1).element("bandingSupplement").orElseThrow().working();
        assertThat(a).anyMatch(step -> step.contains("all 4 lines of the template"));
        String share = a.stream().filter(step -> step.contains("Out-of-hours duty")).findFirst().orElseThrow();
        assertThat(c).contains(share);
        // 4 lines × 168h of duty; 4 × 14h after 19:00, plus the bank holiday: 7h more on line 1's D
        // and 10h30 on line 2's E (line 3 and 4 start their cycle on E weeks too).
        assertThat(share).contains("of 672h");
        assertThat(pay.get(0).band()).isEqualTo(pay.get(1).band());
    }
}
