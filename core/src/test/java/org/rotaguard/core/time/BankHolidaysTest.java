package org.rotaguard.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theYear2026() {
        // GOV.UK: 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec (Boxing Day substitute)
        assertThat(BankHolidays.of(2026)).containsExactly(d("2026-01-01"), d("2026-04-03"), d("2026-04-06"),
                d("2026-05-04"), d("2026-05-25"), d("2026-08-31"), d("2026-12-25"), d("2026-12-28"));
    }

    @Test
    void substitutesAndProclamations() {
        // 2022: New Year substitute 3 Jan; spring moved to 2 Jun; jubilee 3 Jun; funeral 19 Sep;
        // Christmas on Sunday: 26 and 27 Dec.
        assertThat(BankHolidays.of(2022)).containsExactly(d("2022-01-03"), d("2022-04-15"), d("2022-04-18"),
                d("2022-05-02"), d("2022-06-02"), d("2022-06-03"), d("2022-08-29"), d("2022-09-19"),
                d("2022-12-26"), d("2022-12-27"));
        assertThat(BankHolidays.of(2020)).contains(d("2020-05-08")).doesNotContain(d("2020-05-04"));
        assertThat(BankHolidays.of(2023)).contains(d("2023-05-08"));
        // Christmas on Saturday (2021): 27 and 28 Dec.
        assertThat(BankHolidays.of(2021)).contains(d("2021-12-27"), d("2021-12-28"));
    }

    @Test
    void easter() {
        assertThat(BankHolidays.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(BankHolidays.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(BankHolidays.easterSunday(2027)).isEqualTo(d("2027-03-28"));
    }
}
