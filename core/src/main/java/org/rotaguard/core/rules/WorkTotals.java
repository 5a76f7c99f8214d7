package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;

/** Sums of work over a timeline's report range. */
public final class WorkTotals {
    private WorkTotals() {
    }

    /** Minutes of work in the duties that start in the report range (on-call: the expected work). */
    public static double reportedMinutes(DoctorTimeline t) {
        double total = 0;
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            total += t.workMinutes(i);
        }
        return total;
    }

    /** Average weekly minutes of work over the report range. */
    public static double averageWeeklyMinutes(DoctorTimeline t) {
        return reportedMinutes(t) / t.weeks();
    }
}
