package org.rotaguard.app.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bank holidays the grid marks: the rota file's own list when it has one, otherwise England
 * and Wales's (core's {@link org.rotaguard.core.time.BankHolidays}, the same list pay uses).
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
            days.addAll(org.rotaguard.core.time.BankHolidays.of(year));
        }
        return days;
    }
}
