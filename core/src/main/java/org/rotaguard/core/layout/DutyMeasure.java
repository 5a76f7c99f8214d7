package org.rotaguard.core.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/**
 * Measures one duty of a given type on a given day exactly: its start and end instants, its
 * classification (long, night, long evening) and the weekend it touches. Durations are elapsed
 * real time; the windows (23:00–06:00, 16:00, 23:00, Saturday 00:01–Sunday 23:59) are local clock.
 */
final class DutyMeasure {
    static final int NO_WEEKEND = Integer.MIN_VALUE;

    int start;
    int end;
    int flags;
    /** Epoch day of the Saturday of the weekend the duty overlaps, or NO_WEEKEND. */
    int weekendSaturday;

    void measure(ShiftType type, long day, ZoneClock clock, DutyDefinitions defs) {
        int startMinute = minuteOfDay(type.start());
        int endMinute = minuteOfDay(type.end());
        int from = clock.toEpochMinute(day, startMinute);
        int to = clock.toEpochMinute(type.endsNextDay() ? day + 1 : day, endMinute);
        measure(from, to, type.onCall(), startMinute, day, clock, defs);
    }

    /**
     * Measures a duty given by its real start and end (epoch minutes), its local start time
     * (minute of the day) and the local day it starts on.
     */
    void measure(int from, int to, boolean onCall, int startMinuteOfDay, long day, ZoneClock clock,
                 DutyDefinitions defs) {
        start = from;
        end = to;
        int length = end - start;
        if (onCall) {
            flags = DutyFlags.ON_CALL;
        } else {
            flags = DutyFlags.SHIFT;
            if (defs.isLong(length)) {
                flags |= DutyFlags.LONG;
                boolean startsBefore = startMinuteOfDay < minuteOfDay(defs.longEveningStartBefore());
                boolean endsAfter = end > clock.toEpochMinute(day, minuteOfDay(defs.longEveningEndAfter()));
                if (startsBefore && endsAfter) {
                    flags |= DutyFlags.LONG_EVENING;
                }
            }
            if (nightMinutes(day, clock, defs) >= defs.nightMinimum().toMinutes()) {
                flags |= DutyFlags.NIGHT;
            }
        }
        weekendSaturday = weekend(day, clock, defs);
    }

    private long nightMinutes(long day, ZoneClock clock, DutyDefinitions defs) {
        int from = minuteOfDay(defs.nightFrom());
        int to = minuteOfDay(defs.nightTo());
        boolean crossesMidnight = to <= from;
        long total = 0;
        for (long d = day - 1; d <= day + 1; d++) {
            int windowStart = clock.toEpochMinute(d, from);
            int windowEnd = clock.toEpochMinute(crossesMidnight ? d + 1 : d, to);
            total += Math.max(0, Math.min(end, windowEnd) - Math.max(start, windowStart));
        }
        return total;
    }

    private int weekend(long day, ZoneClock clock, DutyDefinitions defs) {
        for (long d = day - 1; d <= day + 1; d++) {
            if (LocalDate.ofEpochDay(d).getDayOfWeek() != DayOfWeek.SATURDAY) {
                continue;
            }
            int from = clock.toEpochMinute(d, minuteOfDay(defs.weekendFrom()));
            int to = clock.toEpochMinute(d + 1, minuteOfDay(defs.weekendTo()));
            if (Math.min(end, to) > Math.max(start, from)) {
                return (int) d;
            }
        }
        return NO_WEEKEND;
    }

    static int minuteOfDay(java.time.LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
