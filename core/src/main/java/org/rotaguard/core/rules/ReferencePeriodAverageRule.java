package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * Working Time Regulations reg 4: average weekly working time over the reference period (26
 * weeks for doctors in training, reg 25A) within the limit, unless the doctor has signed the
 * individual opt-out (reg 5). Working time is resident shifts, resident on-call in full and the
 * expected work of non-resident on-call. A cyclic rota repeats to fill the reference period and
 * every period starting on a day of the cycle is checked; a roster is checked over every period
 * inside it, or as a whole when it is shorter than one. One finding per run of periods over the limit.
 */
public final class ReferencePeriodAverageRule implements Rule {
    private static final double EPSILON = 1e-6;
    private final RuleInfo info;
    private final double limitMinutes;
    private final int weeks;
    private final boolean optOutExempt;

    public ReferencePeriodAverageRule(RuleInfo info, Duration limit, int weeks, boolean optOutExempt) {
        if (weeks < 1) {
            throw new IllegalArgumentException("the reference period must be at least 1 week");
        }
        this.info = info;
        this.limitMinutes = limit.toSeconds() / 60.0;
        this.weeks = weeks;
        this.optOutExempt = optOutExempt;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        if (optOutExempt && t.doctor().wtrOptOut()) {
            return;
        }
        int days = t.reportDays();
        double[] dayWork = new double[days];
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            dayWork[t.day(i) - t.reportFromDay()] += workMinutes(t, i);
        }
        int period = weeks * 7;
        if (!t.cyclic() && days < period) {
            double total = 0;
            for (double w : dayWork) {
                total += w;
            }
            report(t, findings, 0, days, total / (days / 7.0), days / 7.0, 1, 1);
            return;
        }
        int starts = t.cyclic() ? days : days - period + 1;
        double total = 0;
        for (double w : dayWork) {
            total += w;
        }
        double[] average = new double[starts];
        for (int d = 0; d < starts; d++) {
            double sum;
            if (t.cyclic()) {
                sum = (period / days) * total;
                for (int k = 0; k < period % days; k++) {
                    sum += dayWork[(d + k) % days];
                }
            } else {
                sum = 0;
                for (int k = 0; k < period; k++) {
                    sum += dayWork[d + k];
                }
            }
            average[d] = sum / weeks;
        }
        // For a cycle, start scanning at a period within the limit so a stretch is not split by the wrap.
        int offset = 0;
        if (t.cyclic()) {
            while (offset < starts && average[offset] > limitMinutes + EPSILON) {
                offset++;
            }
            if (offset == starts) {
                offset = 0;
            }
        }
        int n = 0;
        while (n < starts) {
            int d = (offset + n) % starts;
            if (average[d] <= limitMinutes + EPSILON) {
                n++;
                continue;
            }
            int from = d;
            int count = 0;
            double worst = average[d];
            while (n < starts && average[(offset + n) % starts] > limitMinutes + EPSILON) {
                worst = Math.max(worst, average[(offset + n) % starts]);
                n++;
                count++;
            }
            report(t, findings, from, from + period, worst, weeks, count, starts);
        }
    }

    private static double workMinutes(DoctorTimeline t, int i) {
        return t.shiftType(i).newDeal().resident() ? t.end(i) - t.start(i) : t.workMinutes(i);
    }

    private void report(DoctorTimeline t, Findings findings, int fromDay, int toDay, double average, double overWeeks,
                        int periods, int of) {
        if (average <= limitMinutes + EPSILON) {
            return;
        }
        String weeksText = overWeeks == Math.rint(overWeeks) ? String.valueOf((long) overWeeks)
                : String.format(java.util.Locale.UK, "%.2f", overWeeks);
        int from = t.midnight(t.reportFromDay() + fromDay);
        int to = t.midnight(t.reportFromDay() + toDay);
        findings.add(info, t, from, to, Hours.format(limitMinutes), Hours.format(average),
                "Average working week of " + Hours.format(average) + " over " + weeksText + " weeks"
                        + (periods > 1 ? " (the worst of " + periods + " reference periods over the limit)" : "")
                        + (!t.cyclic() && overWeeks < weeks ? " (the roster is shorter than the " + weeks
                        + "-week reference period)" : "")
                        + " exceeds the " + Hours.format(limitMinutes) + " limit; no opt-out has been signed.");
    }
}
