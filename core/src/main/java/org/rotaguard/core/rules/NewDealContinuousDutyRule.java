package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.time.Hours;

/**
 * New Deal: continuous duty — duties that follow each other without a break, such as a normal day
 * then an on-call period — within the limit of the longest-allowed duty type in it: 14 hours
 * (full shift, and a normal day alone), 16 (partial shift), 24 (24-hour partial shift), 32 (on-call),
 * 56 for on-call over a weekend.
 */
public final class NewDealContinuousDutyRule implements Rule {
    private final RuleInfo info;
    private final int fullShift;
    private final int partialShift;
    private final int partial24;
    private final int onCall;
    private final int onCallWeekend;

    public NewDealContinuousDutyRule(RuleInfo info, Duration fullShift, Duration partialShift, Duration partial24,
                                     Duration onCall, Duration onCallWeekend) {
        this.info = info;
        this.fullShift = (int) fullShift.toMinutes();
        this.partialShift = (int) partialShift.toMinutes();
        this.partial24 = (int) partial24.toMinutes();
        this.onCall = (int) onCall.toMinutes();
        this.onCallWeekend = (int) onCallWeekend.toMinutes();
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Intervals duty = Intervals.duty(t);
        for (int k = 0; k < duty.size; k++) {
            if (!t.reportsDay(t.day(duty.first[k]))) {
                continue;
            }
            int limit = limit(t, duty.first[k], duty.last[k]);
            int length = duty.end[k] - duty.start[k];
            if (length > limit) {
                findings.addRange(info, t, duty.start[k], duty.end[k], Hours.format(limit), Hours.format(length),
                        "Continuous duty of " + Hours.format(length) + " from " + Hours.when(t.zoned(duty.start[k]))
                                + " exceeds the New Deal's " + Hours.format(limit) + " for this kind of duty.",
                        duty.first[k], duty.last[k], 0);
            }
        }
    }

    private int limit(DoctorTimeline t, int first, int last) {
        int limit = 0;
        for (int i = first; i <= last; i++) {
            NewDealDutyType type = NewDeal.dutyType(t.shiftType(i));
            int l = switch (type) {
                case FULL_SHIFT, NORMAL_DAY -> fullShift;
                case PARTIAL_SHIFT -> partialShift;
                case TWENTY_FOUR_HOUR_PARTIAL_SHIFT -> partial24;
                case ON_CALL -> weekend(t, i) ? onCallWeekend : onCall;
            };
            limit = Math.max(limit, l);
        }
        return limit;
    }

    /** An on-call period starting on a Friday, Saturday or Sunday is weekend on-call. */
    private static boolean weekend(DoctorTimeline t, int i) {
        int weekday = Math.floorMod(t.day(i) + 3, 7); // 0 = Monday
        return weekday >= 4;
    }
}
