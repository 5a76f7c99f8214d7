package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.time.Hours;

/**
 * The day after an on-call period, or after the last of a run of them on consecutive days, may
 * not be rostered for more than the maximum (10 hours) of resident shifts starting that day.
 */
public final class DayAfterOnCallRule implements Rule {
    private final RuleInfo info;
    private final int maxMinutes;

    public DayAfterOnCallRule(RuleInfo info, Duration max) {
        this.info = info;
        this.maxMinutes = Math.toIntExact(max.toMinutes());
    }

    /** The most resident shift time on the day after on-call, in minutes. */
    public int maxMinutes() {
        return maxMinutes;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Runs.forEach(t, DutyFlags.ON_CALL, (first, last, days) -> {
            int onCallDay = t.day(last);
            if (!t.reportsDay(onCallDay) || onCallDay + 1 >= t.knownToDay()) {
                return;
            }
            int total = 0;
            int from = -1;
            int to = -1;
            for (int i = last + 1; i < t.size() && t.day(i) <= onCallDay + 1; i++) {
                if (t.day(i) == onCallDay + 1 && t.is(i, DutyFlags.SHIFT)) {
                    total += t.end(i) - t.start(i);
                    from = from < 0 ? i : from;
                    to = i;
                }
            }
            if (total > maxMinutes) {
                findings.addRange(info, t, t.start(last), t.end(to), Hours.format(maxMinutes), Hours.format(total),
                        Hours.format(total) + " of shifts rostered on " + Hours.day(t.zoned(t.start(from)))
                                + ", the day after " + Findings.describe(t, last) + "; at most "
                                + Hours.format(maxMinutes) + " may be rostered on the day after on-call.",
                        last, to, 0);
            }
        });
    }
}
