package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** England and Wales bank holidays by the standing rules, against the published dates. */
class BankHolidaysTest {
    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theYearsAroundTheExamples() {
        assertThat(BankHolidays.ofYear(2026)).containsExactlyInAnyOrder(d("2026-01-01"), d("2026-04-03"),
                d("2026-04-06"), d("2026-05-04"), d("2026-05-25"), d("2026-08-31"), d("2026-12-25"), d("2026-12-28"));
        assertThat(BankHolidays.ofYear(2027)).containsExactlyInAnyOrder(d("2027-01-01"), d("2027-03-26"),
                d("2027-03-29"), d("2027-05-03"), d("2027-05-31"), d("2027-08-30"), d("2027-12-27"), d("2027-12-28"));
    }

    @Test
    void substituteDaysFollowAWeekendNewYearAndAChristmasOnSunday() {
        assertThat(BankHolidays.ofYear(2028)).contains(d("2028-01-03")).doesNotContain(d("2028-01-01"));
        // 2022: Christmas Day on a Sunday, Boxing Day on Monday: holidays on the 26th and 27th.
        assertThat(BankHolidays.ofYear(2022)).contains(d("2022-12-26"), d("2022-12-27"));
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(BankHolidays.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(BankHolidays.easterSunday(2038)).isEqualTo(d("2038-04-25"));
        assertThat(BankHolidays.easterSunday(2008)).isEqualTo(d("2008-03-23"));
    }

    @Test
    void aRotasOwnListWins() {
        assertThat(BankHolidays.between(d("2026-01-01"), d("2026-12-31"), Optional.of(List.of(d("2026-06-01")))))
                .containsExactly(d("2026-06-01"));
        assertThat(BankHolidays.between(d("2026-01-01"), d("2026-12-31"), Optional.of(List.of()))).isEmpty();
    }
}
