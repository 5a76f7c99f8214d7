package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.time.Hours;

/**
 * New Deal: minimum continuous off duty — a period of 48 hours and another of 62 hours in each 28
 * days (21 days when the doctor's rota includes on-call). An off-duty period counts towards every
 * window it overlaps, whole; one period as long as both together meets the rule alone. Windows start at each midnight of the report range; one finding per
 * run of windows that fail.
 */
public final class NewDealContinuousOffRule implements Rule {
    private final RuleInfo info;
    private final int first;
    private final int second;
    private final int days;
    private final int onCallDays;

    public NewDealContinuousOffRule(RuleInfo info, Duration first, Duration second, int days, int onCallDays) {
        this.info = info;
        this.first = (int) first.toMinutes();
        this.second = (int) second.toMinutes();
        this.days = days;
        this.onCallDays = onCallDays;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Intervals duty = Intervals.duty(t);
        int window = NewDeal.has(t, NewDealDutyType.ON_CALL) ? onCallDays : days;
        int knownStart = t.midnight(t.knownFromDay());
        int knownEnd = t.midnight(t.knownToDay());
        // Off-duty periods: gaps between duty periods, and before the first / after the last known duty.
        int n = duty.size + 1;
        int[] offStart = new int[n];
        int[] offEnd = new int[n];
        int m = 0;
        int cursor = knownStart;
        for (int k = 0; k < duty.size; k++) {
            if (duty.start[k] > cursor) {
                offStart[m] = cursor;
                offEnd[m++] = duty.start[k];
            }
            cursor = Math.max(cursor, duty.end[k]);
        }
        if (knownEnd > cursor) {
            offStart[m] = cursor;
            offEnd[m++] = knownEnd;
        }
        int runFrom = -1;
        int runTo = -1;
        int runDays = 0;
        for (int d = t.reportFromDay(); d < t.reportToDay(); d++) {
            boolean failing = false;
            int from = t.midnight(d);
            int to = t.midnight(d + window);
            if (t.cyclic() || d + window <= t.knownToDay()) {
                failing = !met(offStart, offEnd, m, from, to);
            }
            if (failing) {
                if (runFrom < 0) {
                    runFrom = from;
                }
                runTo = to;
                runDays++;
            } else if (runFrom >= 0) {
                report(t, findings, runFrom, runTo, window, runDays);
                runFrom = -1;
                runDays = 0;
            }
        }
        if (runFrom >= 0) {
            report(t, findings, runFrom, runTo, window, runDays);
        }
    }

    /**
     * Two different off periods overlapping [from, to): one of the longer length and one of the
     * shorter; or one period long enough to hold both (a doctor off for the whole window passes).
     */
    private boolean met(int[] offStart, int[] offEnd, int count, int from, int to) {
        int longer = Math.max(first, second);
        int shorter = Math.min(first, second);
        int longCount = 0;
        int shortCount = 0;
        for (int k = 0; k < count; k++) {
            if (offEnd[k] <= from || offStart[k] >= to) {
                continue;
            }
            int length = offEnd[k] - offStart[k];
            if (length >= longer + shorter) {
                return true;
            }
            if (length >= longer) {
                longCount++;
            } else if (length >= shorter) {
                shortCount++;
            }
        }
        return longCount >= 2 || (longCount >= 1 && shortCount >= 1);
    }

    private void report(DoctorTimeline t, Findings findings, int from, int to, int window, int windows) {
        findings.add(info, t, from, to, Hours.format(first) + " + " + Hours.format(second) + " in " + window + " days",
                "not met", "No " + Hours.format(first) + " and separate " + Hours.format(second) + " off duty in "
                        + (windows == 1 ? "the " + window + " days from " + Hours.day(t.zoned(from))
                        : windows + " of the " + window + "-day periods from " + Hours.day(t.zoned(from)))
                        + "; the New Deal requires both in each " + window + " days.");
    }
}
