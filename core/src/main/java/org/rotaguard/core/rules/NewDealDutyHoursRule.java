package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.time.Hours;

/**
 * New Deal: average duty hours within the limit of the rota type — 56 (full shift), 64 (partial
 * shift, 24-hour partial shift), 72 (on-call). A hybrid rota's limit is pro-rated by the weekly
 * duty of each type beyond the normal working week: 40 + 16·F/A + 24·P/A + 32·O/A (DRS).
 */
public final class NewDealDutyHoursRule implements Rule {
    private static final double EPSILON = 1e-6;
    private final RuleInfo info;
    private final double normalWeek;
    private final double fullShift;
    private final double partialShift;
    private final double onCall;

    public NewDealDutyHoursRule(RuleInfo info, Duration normalWeek, Duration fullShift, Duration partialShift,
                                Duration onCall) {
        this.info = info;
        this.normalWeek = normalWeek.toMinutes();
        this.fullShift = fullShift.toMinutes();
        this.partialShift = partialShift.toMinutes();
        this.onCall = onCall.toMinutes();
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    /** The duty-hours limit (minutes a week) for the doctor's rota type. */
    public double limitMinutes(double[] weeklyByType) {
        double f = weeklyByType[NewDealDutyType.FULL_SHIFT.ordinal()];
        double p = weeklyByType[NewDealDutyType.PARTIAL_SHIFT.ordinal()]
                + weeklyByType[NewDealDutyType.TWENTY_FOUR_HOUR_PARTIAL_SHIFT.ordinal()];
        double o = weeklyByType[NewDealDutyType.ON_CALL.ordinal()];
        double a = f + p + o;
        if (a <= 0) {
            return fullShift;
        }
        return normalWeek + ((fullShift - normalWeek) * f + (partialShift - normalWeek) * p
                + (onCall - normalWeek) * o) / a;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        double[] byType = NewDeal.weeklyDutyByType(t);
        double duty = 0;
        for (double m : byType) {
            duty += m;
        }
        double limit = limitMinutes(byType);
        if (duty > limit + EPSILON) {
            findings.add(info, t, t.midnight(t.reportFromDay()), t.midnight(t.reportToDay()), Hours.format(limit),
                    Hours.format(duty), "Average duty of " + Hours.format(duty) + " a week exceeds the "
                            + Hours.format(limit) + " New Deal limit for this rota.");
        }
    }
}
