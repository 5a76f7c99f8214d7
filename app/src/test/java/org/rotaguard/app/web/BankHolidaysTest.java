package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The grid's bank holidays: England and Wales's, unless the rota gives its own list. */
class BankHolidaysTest {
    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theYearsAroundTheExamples() {
        assertThat(BankHolidays.between(d("2026-08-03"), d("2027-02-01"), Optional.empty())).contains(
                d("2026-08-31"), d("2026-12-25"), d("2026-12-28"), d("2027-01-01")).doesNotContain(d("2026-12-26"));
    }

    @Test
    void aRotasOwnListWins() {
        assertThat(BankHolidays.between(d("2026-01-01"), d("2026-12-31"), Optional.of(List.of(d("2026-06-01")))))
                .containsExactly(d("2026-06-01"));
        assertThat(BankHolidays.between(d("2026-01-01"), d("2026-12-31"), Optional.of(List.of()))).isEmpty();
    }
}
