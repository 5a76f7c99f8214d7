package org.rotaguard.app.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bank holidays in England and Wales by the standing rules (New Year's Day, Good Friday, Easter
 * Monday, early May, spring and summer bank holidays, Christmas and Boxing Day with their
 * substitute days), for marking the grid when a rota file gives no list of its own. One-off
 * holidays proclaimed for a single year are not known to it.
 */
public final class BankHolidays {
    private BankHolidays() {
    }

    public static Set<LocalDate> between(LocalDate from, LocalDate toExclusive, Optional<List<LocalDate>> given) {
        Set<LocalDate> days = new HashSet<>();
        if (given.isPresent()) {
            days.addAll(given.get());
            return days;
        }
        for (int year = from.getYear(); year <= toExclusive.getYear(); year++) {
            days.addAll(ofYear(year));
        }
        return days;
    }

    static Set<LocalDate> ofYear(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
        days.add(christmas);
        LocalDate boxing = weekdayOnOrAfter(LocalDate.of(year, 12, 26));
        days.add(boxing.equals(christmas) ? weekdayOnOrAfter(boxing.plusDays(1)) : boxing);
        return days;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
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
