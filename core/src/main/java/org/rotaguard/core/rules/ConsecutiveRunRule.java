package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/** No more than the maximum number of a kind of shift on consecutive days; one finding per run that is too long. */
public final class ConsecutiveRunRule implements Rule {
    private final RuleInfo info;
    private final RunKind kind;
    private final int max;

    public ConsecutiveRunRule(RuleInfo info, RunKind kind, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("the maximum run must be at least 1");
        }
        this.info = info;
        this.kind = kind;
        this.max = max;
    }

    public RunKind kind() {
        return kind;
    }

    /** The most days in a run. */
    public int max() {
        return max;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        Runs.forEach(t, kind.flag(), (first, last, days) -> {
            if (days <= max || !Runs.reported(t, first, last)) {
                return;
            }
            if (Runs.endless(t, first, last)) {
                int[] part = Runs.reportedPart(t, first, last);
                findings.addRange(info, t, t.start(part[0]), t.end(part[1]), kind.count(max), "every day",
                        "The " + kind.plural() + " never stop: every day of the rota cycle has one, so the run of "
                                + kind.plural() + " never ends; at most " + kind.count(max)
                                + " on consecutive days are allowed.", part[0], part[1], kind.flag());
                return;
            }
            findings.addRange(info, t, t.start(first), t.end(last), kind.count(max), kind.count(days),
                    kind.count(days) + " on consecutive days, from " + Hours.day(t.zoned(t.start(first))) + " to "
                            + Hours.day(t.zoned(t.start(last))) + "; at most " + kind.count(max) + " are allowed.",
                    first, last, kind.flag());
        });
    }
}
