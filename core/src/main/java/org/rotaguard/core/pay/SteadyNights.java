package org.rotaguard.core.pay;

import java.time.ZoneOffset;
import java.util.IdentityHashMap;
import java.util.Map;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/**
 * Night minutes of each shift type on a day when no clock change falls inside the duty, measured
 * once. A duty whose elapsed length equals its clock-face length has no clock change inside it,
 * so its local clock runs at a fixed offset and its night minutes are exactly these; any other
 * duty is measured on the real clock.
 */
final class SteadyNights {
    private static final ZoneClock UTC = ZoneClock.of(ZoneOffset.UTC);
    /** A Wednesday: the rules do not depend on the weekday. */
    private static final int REFERENCE_DAY = (int) java.time.LocalDate.of(2024, 1, 3).toEpochDay();
    private final PayRules rules;
    private final Map<ShiftType, int[]> shifts = new IdentityHashMap<>();
    private final Map<ShiftType, double[]> onCall = new IdentityHashMap<>();

    SteadyNights(PayRules rules) {
        this.rules = rules;
    }

    boolean isSteady(ShiftType type, int start, int end) {
        return end - start == type.clockLength().toMinutes();
    }

    void shift(ShiftType type, NightHours into) {
        int[] m = shifts.computeIfAbsent(type, t -> {
            NightHours n = new NightHours();
            int start = UTC.toEpochMinute(REFERENCE_DAY, NightHours.minuteOfDay(t.start()));
            n.measureShift(t, REFERENCE_DAY, start, start + (int) t.clockLength().toMinutes(), UTC, rules);
            return new int[] {n.ruleA, n.ruleB, n.ruleC};
        });
        into.ruleA = m[0];
        into.ruleB = m[1];
        into.ruleC = m[2];
    }

    /** Night share of an on-call period's expected work: work × (minutes in 21:00–07:00 ÷ length). */
    double onCall(ShiftType type, double workMinutes) {
        double[] share = onCall.computeIfAbsent(type, t -> {
            int start = UTC.toEpochMinute(REFERENCE_DAY, NightHours.minuteOfDay(t.start()));
            int length = (int) t.clockLength().toMinutes();
            return new double[] {NightHours.minutesInRuleA(REFERENCE_DAY, start, start + length, UTC) / (double) length};
        });
        return workMinutes * share[0];
    }
}
