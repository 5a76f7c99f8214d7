package org.rotaguard.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The England and Wales bank holidays, by the rules of the Banking and Financial Dealings Act 1971
 * and the proclamations that moved or added days: New Year's Day, Good Friday, Easter Monday, the
 * early May, spring and summer bank holidays, Christmas Day and Boxing Day, with a weekday in lieu
 * when one falls at a weekend.
 */
public final class BankHolidays {
    /** Days added by proclamation. */
    private static final Set<LocalDate> EXTRA = Set.of(
            LocalDate.of(1999, 12, 31), // millennium
            LocalDate.of(2002, 6, 3),   // Golden Jubilee
            LocalDate.of(2011, 4, 29),  // royal wedding
            LocalDate.of(2012, 6, 5),   // Diamond Jubilee
            LocalDate.of(2022, 6, 3),   // Platinum Jubilee
            LocalDate.of(2022, 9, 19),  // state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));  // coronation of King Charles III
    /** Regular days moved by proclamation: the usual date → the date it was held. */
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),   // VE day 50th anniversary
            LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),   // VE day 75th anniversary
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));

    private BankHolidays() {
    }

    /** The bank holidays of a year (from 1978, when the early May holiday began), in date order. */
    public static List<LocalDate> of(int year) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(weekdayOnOrAfter(newYear));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = LocalDate.of(year, 12, 25);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> {
                days.add(christmas.plusDays(2));
                days.add(christmas.plusDays(3));
            }
            case SUNDAY -> {
                days.add(christmas.plusDays(1));
                days.add(christmas.plusDays(2));
            }
            case FRIDAY -> {
                days.add(christmas);
                days.add(christmas.plusDays(3));
            }
            default -> {
                days.add(christmas);
                days.add(christmas.plusDays(1));
            }
        }
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate day : days) {
            result.add(MOVED.getOrDefault(day, day));
        }
        for (LocalDate extra : EXTRA) {
            if (extra.getYear() == year) {
                result.add(extra);
            }
        }
        result.sort(null);
        return result;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
