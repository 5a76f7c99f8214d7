package org.rotaguard.core.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cover a service needs each day: for each weekday, and for bank holidays, how many doctors
 * each shift type needs. A shift type missing from a day needs nobody that day and may take
 * anybody the rules allow.
 *
 * @param byWeekday   cover for each day of the week (all seven present)
 * @param bankHoliday cover on a bank holiday, or null to use that weekday's cover
 */
public record Cover(Map<DayOfWeek, Map<String, CoverRange>> byWeekday, Map<String, CoverRange> bankHoliday) {
    public Cover {
        Map<DayOfWeek, Map<String, CoverRange>> copy = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<String, CoverRange> ranges = byWeekday.get(day);
            Objects.requireNonNull(ranges, "cover for " + day);
            copy.put(day, Collections.unmodifiableMap(new LinkedHashMap<>(ranges)));
        }
        byWeekday = Collections.unmodifiableMap(copy);
        bankHoliday = bankHoliday == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(bankHoliday));
    }

    /** The cover needed for a shift type on a weekday (not a bank holiday). */
    public CoverRange on(DayOfWeek day, String code) {
        return byWeekday.get(day).getOrDefault(code, CoverRange.NONE);
    }

    /** The cover needed for a shift type on a date. */
    public CoverRange on(LocalDate date, boolean isBankHoliday, String code) {
        if (isBankHoliday && bankHoliday != null) {
            return bankHoliday.getOrDefault(code, CoverRange.NONE);
        }
        return on(date.getDayOfWeek(), code);
    }
}
