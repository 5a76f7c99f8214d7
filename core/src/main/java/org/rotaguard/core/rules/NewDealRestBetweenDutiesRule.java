package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.time.Hours;

/**
 * New Deal: minimum time off between periods of continuous duty — 8 hours on shift rotas, 12 hours
 * where either period includes on-call.
 */
public final class NewDealRestBetweenDutiesRule implements Rule {
    private final RuleInfo info;
    private final int shiftMinutes;
    private final int onCallMinutes;

    public NewDealRestBetweenDutiesRule(RuleInfo info, Duration shift, Duration onCall) {
        this.info = info;
        this.shiftMinutes = (int) shift.toMinutes();
        this.onCallMinutes = (int) onCall.toMinutes();
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Intervals duty = Intervals.duty(t);
        for (int k = 0; k + 1 < duty.size; k++) {
            if (!t.reportsDay(t.day(duty.last[k]))) {
                continue;
            }
            boolean onCall = hasOnCall(t, duty.first[k], duty.last[k]) || hasOnCall(t, duty.first[k + 1],
                    duty.last[k + 1]);
            int min = onCall ? onCallMinutes : shiftMinutes;
            int off = duty.start[k + 1] - duty.end[k];
            if (off < min) {
                findings.add(info, t, duty.end[k], duty.start[k + 1], Hours.format(min), Hours.format(off),
                        "Only " + Hours.format(off) + " off between " + Findings.describe(t, duty.last[k]) + " and "
                                + Findings.describe(t, duty.first[k + 1]) + "; the New Deal requires "
                                + Hours.format(min) + (onCall ? " next to on-call." : " on a shift rota."),
                        duty.last[k], duty.first[k + 1]);
            }
        }
    }

    private static boolean hasOnCall(DoctorTimeline t, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (NewDeal.dutyType(t.shiftType(i)) == NewDealDutyType.ON_CALL) {
                return true;
            }
        }
        return false;
    }
}
