package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * New Deal: average actual work within 56 hours a week on every kind of rota. Work is every
 * hour of a shift and the expected work of an on-call period, averaged with prospective cover
 * of leave when the rota has it.
 */
public final class NewDealActualHoursRule implements Rule {
    private static final double EPSILON = 1e-6;
    private final RuleInfo info;
    private final double limitMinutes;

    public NewDealActualHoursRule(RuleInfo info, Duration limit) {
        this.info = info;
        this.limitMinutes = limit.toSeconds() / 60.0;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    public static double weeklyWorkMinutes(DoctorTimeline t) {
        return NewDeal.weeklyMinutes(t, WorkTotals.reportedMinutes(t));
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        double weekly = weeklyWorkMinutes(t);
        if (weekly > limitMinutes + EPSILON) {
            findings.add(info, t, t.midnight(t.reportFromDay()), t.midnight(t.reportToDay()), Hours.format(limitMinutes),
                    Hours.format(weekly), "Average actual work of " + Hours.format(weekly) + " a week"
                            + (t.doctor().prospectiveCover() != null ? " (with prospective cover)" : "")
                            + " exceeds the New Deal's " + Hours.format(limitMinutes) + ".");
        }
    }
}
