package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * Working Time Regulations reg 10: a minimum rest of 11 consecutive hours in each 24-hour period.
 * The periods checked are the 24 hours from the start of each period of working time (resident
 * shifts and resident on-call; non-resident on-call is rest unless called, and when the calls
 * come is not known in advance). One finding per run of periods without the rest.
 */
public final class DailyRestRule implements Rule {
    private final RuleInfo info;
    private final int minMinutes;
    private final int periodMinutes;

    public DailyRestRule(RuleInfo info, Duration min, Duration period) {
        if (min.compareTo(period) >= 0) {
            throw new IllegalArgumentException("the rest must be shorter than the period");
        }
        this.info = info;
        this.minMinutes = Math.toIntExact(min.toMinutes());
        this.periodMinutes = Math.toIntExact(period.toMinutes());
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Intervals work = Intervals.workingTime(t);
        int knownEnd = t.midnight(t.knownToDay());
        int runFrom = -1;
        int runTo = -1;
        int runLeast = Integer.MAX_VALUE;
        int runFirstDuty = -1;
        int runLastDuty = -1;
        for (int k = 0; k < work.size; k++) {
            boolean failing = false;
            int from = work.start[k];
            int to = from + periodMinutes;
            int rest = 0;
            if (t.reportsDay(t.day(work.first[k])) && (t.cyclic() || to <= knownEnd)) {
                rest = work.longestRest(from, to);
                failing = rest < minMinutes;
            }
            if (failing) {
                if (runFrom < 0) {
                    runFrom = from;
                    runFirstDuty = work.first[k];
                }
                runTo = to;
                runLastDuty = work.last[k];
                runLeast = Math.min(runLeast, rest);
            } else if (runFrom >= 0) {
                report(t, findings, runFrom, runTo, runLeast, runFirstDuty, runLastDuty);
                runFrom = -1;
                runLeast = Integer.MAX_VALUE;
            }
        }
        if (runFrom >= 0) {
            report(t, findings, runFrom, runTo, runLeast, runFirstDuty, runLastDuty);
        }
    }

    private void report(DoctorTimeline t, Findings findings, int from, int to, int least, int firstDuty,
                        int lastDuty) {
        findings.addRange(info, t, from, to, Hours.format(minMinutes), Hours.format(least),
                "From " + Hours.when(t.zoned(from)) + ", the longest rest in a " + Hours.format(periodMinutes)
                        + " period is only " + Hours.format(least) + "; at least " + Hours.format(minMinutes)
                        + " consecutive rest is required in each " + Hours.format(periodMinutes) + ".",
                firstDuty, lastDuty, 0);
    }
}
