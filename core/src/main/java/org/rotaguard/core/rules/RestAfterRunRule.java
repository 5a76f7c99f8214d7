package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * After every run of at least the threshold length, at least the minimum rest before the next
 * duty of any kind (resident shift or on-call period), measured from the end of the run's last duty.
 */
public final class RestAfterRunRule implements Rule {
    private final RuleInfo info;
    private final RunKind kind;
    private final int threshold;
    private final int minMinutes;

    public RestAfterRunRule(RuleInfo info, RunKind kind, int threshold, Duration minRest) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the run threshold must be at least 1");
        }
        this.info = info;
        this.kind = kind;
        this.threshold = threshold;
        this.minMinutes = Math.toIntExact(minRest.toMinutes());
    }

    public RunKind kind() {
        return kind;
    }

    /** The shortest run, in days, after which the rest is due. */
    public int threshold() {
        return threshold;
    }

    /** The least rest after such a run, in minutes. */
    public int minMinutes() {
        return minMinutes;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Runs.forEach(t, kind.flag(), (first, last, days) -> {
            if (days < threshold || !t.reportsDay(t.day(first)) || Runs.endless(t, first, last)) {
                return;
            }
            int next = last + 1;
            if (next >= t.size()) {
                return; // the next duty lies beyond what is known
            }
            int rest = t.start(next) - t.end(last);
            if (rest < minMinutes) {
                String run = days == 1 ? "a single " + kind.count(1).substring(2) : "a run of " + kind.count(days);
                findings.add(info, t, t.start(last), t.end(next), Hours.format(minMinutes), Hours.format(rest),
                        "Only " + Hours.format(rest) + " rest after " + run + " ending "
                                + Hours.when(t.zoned(t.end(last))) + " before " + Findings.describe(t, next)
                                + "; at least " + Hours.format(minMinutes) + " is required.", last, next);
            }
        });
    }
}
