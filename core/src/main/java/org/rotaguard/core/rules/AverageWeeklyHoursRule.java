package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * Average weekly work over the rota cycle (or the roster) within the limit: 48 hours, or the
 * higher contractual cap (56 hours) for a doctor who has signed the Working Time Regulations opt-out.
 */
public final class AverageWeeklyHoursRule implements Rule {
    private static final double EPSILON = 1e-6;
    private final RuleInfo info;
    private final double limitMinutes;
    private final double optOutLimitMinutes;

    public AverageWeeklyHoursRule(RuleInfo info, Duration limit, Duration limitWithOptOut) {
        this.info = info;
        this.limitMinutes = limit.toSeconds() / 60.0;
        this.optOutLimitMinutes = limitWithOptOut.toSeconds() / 60.0;
    }

    /** The limit on average weekly work, in minutes. */
    public double limitMinutes() {
        return limitMinutes;
    }

    /** The limit for a doctor who has opted out of the Working Time Regulations, in minutes. */
    public double optOutLimitMinutes() {
        return optOutLimitMinutes;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        double average = WorkTotals.averageWeeklyMinutes(t);
        boolean optOut = t.doctor().wtrOptOut();
        double limit = optOut ? optOutLimitMinutes : limitMinutes;
        if (average > limit + EPSILON) {
            String weeks = t.weeks() == Math.rint(t.weeks()) ? String.valueOf((long) t.weeks())
                    : String.format(java.util.Locale.UK, "%.2f", t.weeks());
            findings.add(info, t, t.midnight(t.reportFromDay()), t.midnight(t.reportToDay()),
                    Hours.format(limit), Hours.format(average),
                    "Average working week of " + Hours.format(average) + " over " + weeks + " weeks exceeds the "
                            + Hours.format(limit) + " limit" + (optOut ? " for a doctor who has opted out of the"
                            + " Working Time Regulations." : "."));
        }
    }
}
