package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * Working Time Regulations reg 11: an uninterrupted rest of 24 hours in each 7-day period or, at
 * the employer's choice, two such rests or one of 48 hours in each 14 days. The 7-day periods are
 * the rota's weeks counted from its start (wrapping for a cyclic rota); a week without 24 hours'
 * rest is accepted when one of the two 14-day periods it belongs to (with the week before or
 * after) has the alternative rest. Rest is time outside working time (resident shifts and
 * resident on-call), cut at the period's edges. One finding per week that fails.
 */
public final class WeeklyRestRule implements Rule {
    private static final int DAY = 1440;
    private final RuleInfo info;
    private final int minMinutes;
    private final int days;
    private final int alternativeMinutes;
    private final int alternativeDays;

    public WeeklyRestRule(RuleInfo info, Duration min, int days, Duration alternativeMin, int alternativeDays) {
        if (days < 1 || alternativeDays < days) {
            throw new IllegalArgumentException("the periods must be at least a day, the alternative the longer");
        }
        this.info = info;
        this.minMinutes = Math.toIntExact(min.toMinutes());
        this.days = days;
        this.alternativeMinutes = Math.toIntExact(alternativeMin.toMinutes());
        this.alternativeDays = alternativeDays;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Intervals work = Intervals.workingTime(t);
        int periods = t.reportDays() / days;
        for (int p = 0; p < periods; p++) {
            int day0 = t.reportFromDay() + p * days;
            int from = t.midnight(day0);
            int to = t.midnight(day0 + days);
            int longest = work.longestRest(from, to);
            if (longest >= minMinutes) {
                continue;
            }
            if (alternativeMet(t, work, day0 - (alternativeDays - days)) || alternativeMet(t, work, day0)) {
                continue;
            }
            findings.add(info, t, from, to, Hours.format(minMinutes) + " in " + days + " days",
                    Hours.format(longest), "The longest uninterrupted rest in the " + days + " days from "
                            + Hours.day(t.zoned(from)) + " is " + Hours.format(longest) + "; at least "
                            + Hours.format(minMinutes) + " is required (or " + Hours.format(alternativeMinutes)
                            + ", or two rests of " + Hours.format(minMinutes) + ", in " + alternativeDays + " days).");
        }
    }

    private boolean alternativeMet(DoctorTimeline t, Intervals work, int day0) {
        int dayEnd = day0 + alternativeDays;
        if (day0 < t.knownFromDay() || dayEnd > t.knownToDay()) {
            return false;
        }
        int from = t.midnight(day0);
        int to = t.midnight(dayEnd);
        return work.longestRest(from, to) >= alternativeMinutes
                || work.restsOfAtLeast(from, to, minMinutes) >= 2;
    }
}
