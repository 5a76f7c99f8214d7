package org.rotaguard.core.guardian;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rotaguard.core.time.ZoneClock;

/**
 * Which minutes of a worked shift attract the night enhancement (2016 TCS Schedule 2), so a
 * breach's hours in night time are fined at the enhanced rate. The rules are those of the pay
 * module (docs/pay.md): A, every minute between 21:00 and 07:00; B, a shift starting 20:00–23:59
 * and lasting at least 8 hours, every minute from its start to 10:00; C (2019), a shift ending
 * after 00:00 and by 04:00, every minute. Clock times are local, minutes elapsed.
 */
final class NightTime {
    private static final int A_FROM = 21 * 60;
    private static final int A_TO = 7 * 60;
    private static final int B_START_FROM = 20 * 60;
    private static final int B_START_TO = 23 * 60 + 59;
    private static final int B_UNTIL = 10 * 60;
    private static final int C_END_TO = 4 * 60;

    private NightTime() {
    }

    /** Minutes of [from, to) that are enhanced night time of the resident shift [shiftStart, shiftEnd). */
    static int shiftMinutes(int shiftStart, int shiftEnd, int from, int to, ZoneClock clock, SafeWorkingLimits limits) {
        int lo = Math.max(from, shiftStart);
        int hi = Math.min(to, shiftEnd);
        if (hi <= lo) {
            return 0;
        }
        LocalDateTime start = clock.toZoned(shiftStart).toLocalDateTime();
        LocalDateTime end = clock.toZoned(shiftEnd).toLocalDateTime();
        long day = start.toLocalDate().toEpochDay();
        List<int[]> qualifying = new ArrayList<>();
        for (long d = day - 1; d <= end.toLocalDate().toEpochDay() + 1; d++) {
            qualifying.add(new int[] {clock.toEpochMinute(d, A_FROM), clock.toEpochMinute(d + 1, A_TO)});
        }
        int startClock = start.getHour() * 60 + start.getMinute();
        if (startClock >= B_START_FROM && startClock <= B_START_TO
                && shiftEnd - shiftStart >= limits.nightRuleBMinimumMinutes()) {
            qualifying.add(new int[] {shiftStart, Math.min(shiftEnd, clock.toEpochMinute(day + 1, B_UNTIL))});
        }
        int endClock = end.getHour() * 60 + end.getMinute();
        if (limits.nightRuleC() && endClock > 0 && endClock <= C_END_TO
                && end.toLocalDate().isAfter(start.toLocalDate())) {
            qualifying.add(new int[] {shiftStart, shiftEnd});
        }
        return unionWithin(qualifying, lo, hi);
    }

    /** Minutes of [from, to) inside the local 21:00–07:00 windows (rule A alone: on-call time). */
    static int ruleAMinutes(int from, int to, ZoneClock clock) {
        if (to <= from) {
            return 0;
        }
        long first = clock.toZoned(from).toLocalDate().toEpochDay();
        long last = clock.toZoned(to).toLocalDate().toEpochDay();
        List<int[]> windows = new ArrayList<>();
        for (long d = first - 1; d <= last; d++) {
            windows.add(new int[] {clock.toEpochMinute(d, A_FROM), clock.toEpochMinute(d + 1, A_TO)});
        }
        return unionWithin(windows, from, to);
    }

    private static int unionWithin(List<int[]> intervals, int lo, int hi) {
        intervals.sort(Comparator.comparingInt((int[] a) -> a[0]));
        int total = 0;
        int cursor = lo;
        for (int[] iv : intervals) {
            int a = Math.max(iv[0], cursor);
            int b = Math.min(iv[1], hi);
            if (b > a) {
                total += b - a;
                cursor = b;
            }
        }
        return total;
    }
}
