package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;

/**
 * Finds runs: maximal sequences of qualifying duties that start on consecutive calendar days.
 * A day with several qualifying duties counts once; a day without one ends the run.
 */
final class Runs {
    private Runs() {
    }

    /** Receives each run: indices of its first and last qualifying duties and its length in days. */
    interface Visitor {
        void run(int first, int last, int days);
    }

    /** Visits every run of duties carrying {@code flag}, in time order. */
    static void forEach(DoctorTimeline t, int flag, Visitor visitor) {
        int n = t.size();
        int first = -1;
        int last = -1;
        int days = 0;
        for (int i = 0; i < n; i++) {
            if (!t.is(i, flag)) {
                continue;
            }
            if (first >= 0 && t.day(i) == t.day(last)) {
                last = i;
            } else if (first >= 0 && t.day(i) == t.day(last) + 1) {
                last = i;
                days++;
            } else {
                if (first >= 0) {
                    visitor.run(first, last, days);
                }
                first = i;
                last = i;
                days = 1;
            }
        }
        if (first >= 0) {
            visitor.run(first, last, days);
        }
    }

    /**
     * Whether a run is reported for this timeline: it starts in the report range, or it is an
     * unbroken run of a cyclic rota that was already under way when the laid-out days begin and
     * reaches into the report range.
     */
    static boolean reported(DoctorTimeline t, int first, int last) {
        if (t.reportsDay(t.day(first))) {
            return true;
        }
        return endless(t, first, last) && t.day(first) < t.reportFromDay() && t.day(last) >= t.reportFromDay();
    }

    /** A cyclic run that covers a whole cycle never ends. */
    static boolean endless(DoctorTimeline t, int first, int last) {
        return t.cyclic() && t.day(last) - t.day(first) + 1 >= t.reportDays();
    }

    /** The first and last qualifying duties of an endless run that fall in the report range. */
    static int[] reportedPart(DoctorTimeline t, int first, int last) {
        int a = first;
        while (a < last && t.day(a) < t.reportFromDay()) {
            a++;
        }
        int b = a;
        for (int i = a; i <= last && t.day(i) < t.reportToDay(); i++) {
            b = i;
        }
        return new int[] {a, b};
    }
}
