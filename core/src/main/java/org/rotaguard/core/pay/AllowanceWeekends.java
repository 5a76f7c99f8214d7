package org.rotaguard.core.pay;

import org.rotaguard.core.layout.DoctorTimeline;

/**
 * Weekends worked for the weekend allowance: a weekend counts when a resident shift or on-call
 * period STARTS on its Saturday or Sunday (the pay circulars' definition; the weekend-frequency
 * limit keeps its any-work test). Counted like the limit: for a cyclic rota the weekends whose
 * Saturday falls in the cycle (wrapping), for a roster each Saturday–Sunday pair with a day inside it.
 */
public final class AllowanceWeekends {
    private AllowanceWeekends() {
    }

    public static int count(DoctorTimeline t) {
        int from = t.cyclic() ? t.reportFromDay() : t.reportFromDay() - 1;
        int to = t.reportToDay();
        int count = 0;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < t.size(); i++) {
            int day = t.day(i);
            if (!t.cyclic() && (day < t.reportFromDay() || day >= t.reportToDay())) {
                continue;
            }
            int weekday = Math.floorMod(day + 3, 7); // 0 = Monday; 1970-01-01 was a Thursday
            if (weekday < 5) {
                continue;
            }
            int saturday = day - (weekday - 5);
            if (saturday >= from && saturday < to && saturday > last) {
                count++;
                last = saturday;
            }
        }
        return count;
    }
}
