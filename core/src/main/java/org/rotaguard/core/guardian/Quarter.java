package org.rotaguard.core.guardian;

import java.time.LocalDate;

/**
 * A quarter of the NHS financial year (1 April – 31 March): Q1 April–June … Q4 January–March.
 *
 * @param financialYear the calendar year in which the financial year starts (2025 = 2025/26)
 * @param number        1–4
 */
public record Quarter(int financialYear, int number) {
    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter containing(LocalDate date) {
        int monthsFromApril = Math.floorMod(date.getMonthValue() - 4, 12);
        int year = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        return new Quarter(year, monthsFromApril / 3 + 1);
    }

    public LocalDate from() {
        return LocalDate.of(financialYear, 4, 1).plusMonths(3L * (number - 1));
    }

    /** The day after the quarter's last day. */
    public LocalDate until() {
        return from().plusMonths(3);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(financialYear + 1, 1) : new Quarter(financialYear, number + 1);
    }

    /** e.g. "Q3 2025/26". */
    public String label() {
        return "Q" + number + " " + financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
    }
}
