package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;

/**
 * No more than the maximum (3) on-call periods starting within any run of consecutive calendar
 * days (7). One finding per maximal stretch of such windows.
 */
public final class OnCallFrequencyRule implements Rule {
    private final RuleInfo info;
    private final int max;
    private final int days;

    public OnCallFrequencyRule(RuleInfo info, int max, int days) {
        if (max < 1 || days < 1) {
            throw new IllegalArgumentException("on-call frequency needs a positive count and number of days");
        }
        this.info = info;
        this.max = max;
        this.days = days;
    }

    /** The most on-call periods in the window. */
    public int max() {
        return max;
    }

    /** The window, in consecutive calendar days. */
    public int days() {
        return days;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        int n = t.size();
        int[] onCall = null;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (t.is(i, DutyFlags.ON_CALL)) {
                count++;
            }
        }
        if (count <= max) {
            return;
        }
        onCall = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (t.is(i, DutyFlags.ON_CALL)) {
                onCall[k++] = i;
            }
        }
        // A group of max + 1 periods within `days` days puts every window starting from
        // day(last) − days + 1 to day(first) over the limit; overlapping or touching ranges form one stretch.
        int stretchFirst = -1;
        int stretchLast = -1;
        int stretchStartDay = 0;
        int stretchEndDay = 0;
        int worst = 0;
        for (int g = 0; g + max < count; g++) {
            int a = onCall[g];
            int b = onCall[g + max];
            if (t.day(b) - t.day(a) >= days) {
                continue;
            }
            int from = t.day(b) - days + 1;
            int to = t.day(a);
            if (stretchFirst >= 0 && from <= stretchEndDay + 1) {
                stretchLast = b;
                stretchEndDay = to;
            } else {
                if (stretchFirst >= 0) {
                    report(t, findings, stretchFirst, stretchLast, stretchStartDay, stretchEndDay, worst);
                }
                stretchFirst = a;
                stretchLast = b;
                stretchStartDay = from;
                stretchEndDay = to;
                worst = 0;
            }
            worst = Math.max(worst, inWindow(t, onCall, g));
        }
        if (stretchFirst >= 0) {
            report(t, findings, stretchFirst, stretchLast, stretchStartDay, stretchEndDay, worst);
        }
    }

    /** On-call periods starting in the window of `days` days that begins on the day of period g. */
    private int inWindow(DoctorTimeline t, int[] onCall, int g) {
        int k = g;
        while (k < onCall.length && t.day(onCall[k]) - t.day(onCall[g]) < days) {
            k++;
        }
        return k - g;
    }

    /**
     * Reports a stretch of crowded windows, which start from {@code fromDay} to {@code toDay}. In a
     * cyclic rota a stretch of windows shorter than the cycle has one copy whose first on-call
     * period falls in the report cycle; a stretch covering every window start of a cycle never
     * ends and is reported once, where it covers the cycle's start.
     */
    private void report(DoctorTimeline t, Findings findings, int first, int last, int fromDay, int toDay,
                        int worst) {
        boolean endless = t.cyclic() && toDay - fromDay + 1 >= t.reportDays();
        boolean reported = endless ? fromDay <= t.reportFromDay() && toDay >= t.reportFromDay()
                : t.reportsDay(t.day(first));
        if (!reported) {
            return;
        }
        findings.addRange(info, t, t.start(first), t.end(last), max + " in " + days + " days",
                worst + " in " + days + " days", worst + " on-call periods start within " + days
                        + " consecutive days between " + org.rotaguard.core.time.Hours.day(t.zoned(t.start(first)))
                        + " and " + org.rotaguard.core.time.Hours.day(t.zoned(t.start(last))) + "; at most " + max
                        + " are allowed.", first, last, DutyFlags.ON_CALL);
    }
}
