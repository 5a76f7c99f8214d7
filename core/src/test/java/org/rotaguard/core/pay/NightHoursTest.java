package org.rotaguard.core.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/** Every night-enhancement boundary of contract-rules.md §3.4, under both versions. */
class NightHoursTest {
    private static final ZoneClock LONDON = ZoneClock.london();
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 6, 3);

    static NightHours measure(String from, String to, LocalDate date, PayRules rules) {
        ShiftType type = ShiftType.shift("S", LocalTime.parse(from), LocalTime.parse(to));
        long day = date.toEpochDay();
        int start = LONDON.toEpochMinute(day, minutes(from));
        int end = LONDON.toEpochMinute(type.endsNextDay() ? day + 1 : day, minutes(to));
        NightHours n = new NightHours();
        n.measureShift(type, (int) day, start, end, LONDON, rules);
        return n;
    }

    private static int minutes(String hhmm) {
        LocalTime t = LocalTime.parse(hhmm);
        return t.getHour() * 60 + t.getMinute();
    }

    /** Enhanced minutes under 2016 and 2019 rules for shifts from the reference's worked boundaries and around them. */
    @ParameterizedTest(name = "{0}–{1}: 2016 {2} min, 2019 {3} min")
    @CsvSource({
        // Worked examples of §3.4
        "19:00, 07:00, 600, 600",    // rule A only: starts before 20:00
        "20:00, 08:00, 720, 720",    // rule B: all 12h
        "22:00, 10:30, 720, 720",    // rule B up to 10:00; the last half hour is not enhanced
        "20:00, 03:30, 390, 450",    // under 8h: rule A 21:00–03:30; 2019 rule C: all 7h30
        "14:00, 00:30, 210, 630",    // long evening: rule A 21:00–00:30; 2019 rule C: all 10h30
        "13:00, 23:30, 150, 150",    // ends before midnight: 21:00–23:30 only
        // Rule B start window 20:00–23:59
        "19:59, 08:00, 600, 600",    // a minute too early for rule B
        "23:59, 10:30, 601, 601",    // the last start minute for rule B: 23:59–10:00
        // Rule B length: at least 8 hours
        "20:00, 04:00, 480, 480",    // exactly 8h qualifies (2019 also by rule C)
        "20:00, 03:59, 419, 479",    // 7h59 fails rule B: rule A 21:00–03:59
        "20:30, 04:29, 449, 449",    // 7h59 ending after 04:00: rule A only in both versions
        "20:30, 04:30, 480, 480",    // exactly 8h: rule B, up to 04:30
        // Rule C end window (00:00, 04:00]
        "16:00, 00:00, 180, 180",    // ends exactly at midnight: not rule C
        "16:00, 00:01, 181, 481",    // ends a minute after midnight: all of it
        "18:00, 04:00, 420, 600",    // ends exactly 04:00: all of it under 2019
        "18:00, 04:01, 421, 421",    // ends a minute after 04:00: rule A only
        // Day shifts
        "09:00, 17:00, 0, 0",
        "07:00, 21:00, 0, 0",
        "06:00, 14:00, 60, 60",      // 06:00–07:00 is inside 21:00–07:00
    })
    void enhancedMinutes(String from, String to, int minutes2016, int minutes2019) {
        assertThat(measure(from, to, WEDNESDAY, TestPay.TCS_2016).total()).isEqualTo(minutes2016);
        assertThat(measure(from, to, WEDNESDAY, TestPay.TCS_2019).total()).isEqualTo(minutes2019);
    }

    @Test
    void theMinutesAreSplitByTheRuleThatQualifiedThem() {
        NightHours n = measure("20:00", "08:00", WEDNESDAY, TestPay.TCS_2019);
        assertThat(n.ruleA).isEqualTo(600);
        assertThat(n.ruleB).isEqualTo(120);
        assertThat(n.ruleC).isZero();
        NightHours c = measure("14:00", "00:30", WEDNESDAY, TestPay.TCS_2019);
        assertThat(c.ruleA).isEqualTo(210);
        assertThat(c.ruleB).isZero();
        assertThat(c.ruleC).isEqualTo(420);
    }

    @Test
    void aNightWhenTheClocksGoBackHasThirteenElapsedHoursAllEnhanced() {
        // Saturday 24 October 2026, 20:00 BST to Sunday 08:00 GMT: 13 hours, rule B throughout.
        NightHours n = measure("20:00", "08:00", LocalDate.of(2026, 10, 24), TestPay.TCS_2016);
        assertThat(n.total()).isEqualTo(13 * 60);
        assertThat(n.ruleA).isEqualTo(11 * 60); // 21:00–07:00 holds 11 hours that night
    }

    @Test
    void aNightWhenTheClocksGoForwardHasElevenElapsedHours() {
        NightHours n = measure("20:00", "08:00", LocalDate.of(2026, 3, 28), TestPay.TCS_2016);
        assertThat(n.total()).isEqualTo(11 * 60);
        assertThat(n.ruleA).isEqualTo(9 * 60);
    }

    @Test
    void ruleBLengthIsElapsedTime() {
        // 20:30–04:30 is 7 hours on the spring-forward night: rule B fails, rule A gives 21:00–04:30 = 6h30.
        assertThat(measure("20:30", "04:30", LocalDate.of(2026, 3, 28), TestPay.TCS_2016).total()).isEqualTo(390);
        // ... and 9 hours when the clocks go back: rule B, all of it.
        assertThat(measure("20:30", "04:30", LocalDate.of(2026, 10, 24), TestPay.TCS_2016).total()).isEqualTo(540);
    }

    @Test
    void onCallWorkCountsItsShareOfTheNightWindow() {
        ShiftType oc = ShiftType.onCall("OC", LocalTime.of(17, 0), LocalTime.of(9, 0), java.time.Duration.ofHours(3));
        long day = WEDNESDAY.toEpochDay();
        int start = LONDON.toEpochMinute(day, 17 * 60);
        int end = LONDON.toEpochMinute(day + 1, 9 * 60);
        // 10 of the 16 hours lie in 21:00–07:00: 3h × 10/16 = 112.5 minutes.
        assertThat(new NightHours().onCallNightMinutes((int) day, start, end, 180, LONDON)).isEqualTo(112.5);
        assertThat(oc.onCall()).isTrue();
    }
}
