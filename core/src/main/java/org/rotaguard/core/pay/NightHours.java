package org.rotaguard.core.pay;

import java.time.LocalTime;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/**
 * The hours of one duty that attract the night enhancement, and the rule that qualified them
 * (2016 TCS Schedule 2; see docs/pay.md). Clock boundaries are local, hours are elapsed time:
 * <ul>
 * <li>rule A: every minute between 21:00 and 07:00;</li>
 * <li>rule B: a shift starting from 20:00 to 23:59 and lasting at least 8 hours: every minute
 *     from its start up to 10:00;</li>
 * <li>rule C (2019): a shift finishing after midnight and by 04:00: every minute.</li>
 * </ul>
 * The qualifying minutes are the union of the rules that apply; {@link #ruleA}, {@link #ruleB}
 * and {@link #ruleC} split them by the first rule (in that order) that qualified each minute.
 */
public final class NightHours {
    static final int A_FROM = 21 * 60;
    static final int A_TO = 7 * 60;
    static final int B_START_FROM = 20 * 60;
    static final int B_START_TO = 23 * 60 + 59;
    static final int B_UNTIL = 10 * 60;
    static final int C_END_TO = 4 * 60;

    /** Minutes inside 21:00–07:00. */
    public int ruleA;
    /** Further minutes qualified only by rule B. */
    public int ruleB;
    /** Further minutes qualified only by rule C. */
    public int ruleC;

    /** All qualifying minutes. */
    public int total() {
        return ruleA + ruleB + ruleC;
    }

    /**
     * Measures a resident shift of type {@code type} that starts on local day {@code day} and
     * runs over the epoch minutes [start, end).
     */
    public void measureShift(ShiftType type, int day, int start, int end, ZoneClock clock, PayRules rules) {
        ruleA = minutesInRuleA(day, start, end, clock);
        ruleB = 0;
        ruleC = 0;
        int length = end - start;
        int union = ruleA;
        int startClock = minuteOfDay(type.start());
        if (startClock >= B_START_FROM && startClock <= B_START_TO && length >= rules.ruleBMinimum().toMinutes()) {
            int until = Math.min(end, clock.toEpochMinute(day + 1L, B_UNTIL));
            // Rule B covers [start, until); rule A may add minutes after 10:00 in a very long shift.
            union = (until - start) + minutesInRuleA(day, until, end, clock);
            ruleB = union - ruleA;
        }
        if (rules.ruleC() && endsAfterMidnightBy4(type, day, end, clock)) {
            ruleC = length - union;
        }
    }

    /**
     * Measures the expected work of an on-call period: the work counts as spread evenly over the
     * period, so its night share is the period's share of minutes inside 21:00–07:00 (rule A).
     */
    public double onCallNightMinutes(int day, int start, int end, double workMinutes, ZoneClock clock) {
        int length = end - start;
        if (length <= 0 || workMinutes <= 0) {
            return 0;
        }
        return workMinutes * minutesInRuleA(day, start, end, clock) / length;
    }

    /**
     * The minutes of [from, to) that attract the enhancement as part of the duty [start, end) of
     * type {@code type} starting on local day {@code day}: rules A, B and C judged on the whole duty,
     * counted only inside [from, to) (used for hours worked beyond the roster). An on-call period
     * is judged by rule A only, as for its expected work.
     */
    public static int qualifyingMinutes(ShiftType type, int day, int start, int end, int from, int to, ZoneClock clock,
                                        PayRules rules) {
        int a = Math.max(from, start);
        int b = Math.min(to, end);
        if (b <= a) {
            return 0;
        }
        if (type.onCall()) {
            return minutesInRuleA(day, a, b, clock);
        }
        if (rules.ruleC() && endsAfterMidnightBy4(type, day, end, clock)) {
            return b - a;
        }
        int startClock = minuteOfDay(type.start());
        if (startClock >= B_START_FROM && startClock <= B_START_TO && end - start >= rules.ruleBMinimum().toMinutes()) {
            int until = Math.min(end, clock.toEpochMinute(day + 1L, B_UNTIL));
            return Math.max(0, Math.min(b, until) - a) + minutesInRuleA(day, Math.max(a, until), b, clock);
        }
        return minutesInRuleA(day, a, b, clock);
    }

    /** Rule C: the shift's end, on the local clock, is after 00:00 and no later than 04:00 on a later day. */
    private static boolean endsAfterMidnightBy4(ShiftType type, int day, int end, ZoneClock clock) {
        int endClock = minuteOfDay(type.end());
        if (endClock == 0 || endClock > C_END_TO) {
            return false;
        }
        // The end falls on a later local day than the start (always so for a type whose end is at or before its start).
        return end > clock.toEpochMinute(day + 1L, 0);
    }

    /** Minutes of [from, to) inside the local 21:00–07:00 windows around local day {@code day}. */
    static int minutesInRuleA(int day, int from, int to, ZoneClock clock) {
        if (to <= from) {
            return 0;
        }
        int total = 0;
        for (long d = day - 1L; d <= day + 2L; d++) {
            int windowStart = clock.toEpochMinute(d, A_FROM);
            if (windowStart >= to) {
                break;
            }
            int windowEnd = clock.toEpochMinute(d + 1, A_TO);
            total += Math.max(0, Math.min(to, windowEnd) - Math.max(from, windowStart));
        }
        return total;
    }

    static int minuteOfDay(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
