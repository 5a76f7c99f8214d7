package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.time.Hours;

/** No resident shift may last longer than the maximum (13 hours), measured in elapsed real time. */
public final class ShiftLengthRule implements Rule {
    private final RuleInfo info;
    private final int maxMinutes;

    public ShiftLengthRule(RuleInfo info, Duration max) {
        this.info = info;
        this.maxMinutes = Math.toIntExact(max.toMinutes());
    }

    /** The longest resident shift allowed, in minutes. */
    public int maxMinutes() {
        return maxMinutes;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            int length = t.end(i) - t.start(i);
            if (length > maxMinutes && t.is(i, DutyFlags.SHIFT)) {
                findings.add(info, t, t.start(i), t.end(i), Hours.format(maxMinutes), Hours.format(length),
                        "Shift of " + Hours.format(length) + " exceeds the " + Hours.format(maxMinutes)
                                + " maximum: " + Findings.describe(t, i) + ".", i);
            }
        }
    }
}
