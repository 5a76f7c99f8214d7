package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.time.Hours;

/**
 * At least the minimum rest (11 hours) between the end of one resident shift and the start of the
 * next. On-call periods are not shifts: they neither count here nor interrupt the pair.
 */
public final class RestBetweenShiftsRule implements Rule {
    private final RuleInfo info;
    private final int minMinutes;

    public RestBetweenShiftsRule(RuleInfo info, Duration min) {
        this.info = info;
        this.minMinutes = Math.toIntExact(min.toMinutes());
    }

    /** The least rest between resident shifts, in minutes. */
    public int minMinutes() {
        return minMinutes;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        int previous = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!t.is(i, DutyFlags.SHIFT)) {
                continue;
            }
            if (previous >= 0 && t.reportsDay(t.day(previous))) {
                int rest = t.start(i) - t.end(previous);
                if (rest < minMinutes) {
                    findings.add(info, t, t.start(previous), t.end(i), Hours.format(minMinutes), Hours.format(rest),
                            "Only " + Hours.format(rest) + " rest between " + Findings.describe(t, previous)
                                    + " and " + Findings.describe(t, i) + "; at least " + Hours.format(minMinutes)
                                    + " is required.", previous, i);
                }
            }
            previous = i;
        }
    }
}
