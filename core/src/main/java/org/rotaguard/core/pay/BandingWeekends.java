package org.rotaguard.core.pay;

import org.rotaguard.core.layout.DoctorTimeline;

/**
 * Weekends worked for 2002 banding (DRS): any duty from Friday 19:00 to Monday 07:00 (local
 * clock). Counted per Saturday, like the other weekend counts: for a cyclic rota the weekends
 * whose Saturday falls in the cycle (wrapping), for a roster those with a day inside it.
 */
final class BandingWeekends {
    private BandingWeekends() {
    }

    /** Weekends worked; {@code includeOnCall} false counts shifts and normal days only. */
    static int count(DoctorTimeline t, boolean includeOnCall) {
        int from = t.cyclic() ? t.reportFromDay() : t.reportFromDay() - 1;
        int to = t.reportToDay();
        java.util.BitSet saturdays = new java.util.BitSet();
        for (int i = 0; i < t.size(); i++) {
            int day = t.day(i);
            if (!includeOnCall && org.rotaguard.core.rules.NewDeal.dutyType(t.shiftType(i))
                    == org.rotaguard.core.rota.NewDealDutyType.ON_CALL) {
                continue;
            }
            if (!t.cyclic() && (day < t.reportFromDay() || day >= t.reportToDay())) {
                continue;
            }
            int weekday = Math.floorMod(day + 3, 7); // 0 = Monday
            int saturday = day - weekday + 5;
            for (int s = saturday - 7; s <= saturday; s += 7) {
                if (s < from || s >= to) {
                    continue;
                }
                int wStart = t.clock().toEpochMinute(s - 1L, 19 * 60);
                int wEnd = t.clock().toEpochMinute(s + 2L, 7 * 60);
                if (t.start(i) < wEnd && t.end(i) > wStart) {
                    saturdays.set(s - from);
                }
            }
        }
        return saturdays.cardinality();
    }
}
