package org.rotaguard.core.rules;

import java.time.Duration;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/**
 * No more than the limit (72 hours) of work in any window of the given length (168 consecutive
 * hours), rolling rather than calendar weeks; one finding per maximal stretch of windows over it,
 * located at the window with the most work.
 */
public final class HoursInWindowRule implements Rule {
    private final RuleInfo info;
    private final int windowMinutes;
    private final double limitMinutes;

    public HoursInWindowRule(RuleInfo info, Duration window, Duration limit) {
        this.info = info;
        this.windowMinutes = Math.toIntExact(window.toMinutes());
        this.limitMinutes = limit.toSeconds() / 60.0;
    }

    /** The most work allowed in any window, in minutes. */
    public double limitMinutes() {
        return limitMinutes;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    public int windowMinutes() {
        return windowMinutes;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        if (t.size() == 0) {
            return;
        }
        int[] range = WindowSweep.range(t, windowMinutes);
        int reportFrom = t.midnight(t.reportFromDay());
        int reportTo = t.midnight(t.reportToDay());
        int[] maxRange = maxRange(t, windowMinutes);
        double max = new WindowSweep(t, windowMinutes).sweep(range[0], range[1], limitMinutes,
                (stretchStart, stretchEnd, worstStart, worst) -> {
                    // In a cyclic rota a stretch shorter than the cycle has exactly one copy
                    // starting in the report cycle; one as long as the cycle never ends and is
                    // reported once, where it covers the cycle's start.
                    boolean endless = stretchEnd - stretchStart >= reportTo - reportFrom;
                    boolean reported = !t.cyclic()
                            || (endless ? stretchStart <= reportFrom && stretchEnd > reportFrom
                                    : stretchStart >= reportFrom && stretchStart < reportTo);
                    if (!reported) {
                        return;
                    }
                    int worstEnd = worstStart + windowMinutes;
                    findings.add(info, t, worstStart, worstEnd, Hours.format(limitMinutes), Hours.format(worst),
                            Hours.format(worst) + " of work in the " + Hours.format(windowMinutes) + " from "
                                    + Hours.when(t.zoned(worstStart)) + " to " + Hours.when(t.zoned(worstEnd))
                                    + "; at most " + Hours.format(limitMinutes) + " are allowed in any "
                                    + Hours.format(windowMinutes) + ".", dutiesIn(t, worstStart, worstEnd));
                }, maxRange[0], maxRange[1]);
        findings.noteMaxWork(windowMinutes, max);
    }

    /**
     * The most work in any window of the given length: for a cyclic rota, over windows starting in
     * the report cycle (wrapping into the next); for a roster, over every window.
     */
    public static double maxWorkMinutes(DoctorTimeline t, int windowMinutes) {
        if (t.size() == 0) {
            return 0;
        }
        int[] range = maxRange(t, windowMinutes);
        return new WindowSweep(t, windowMinutes).max(range[0], range[1]);
    }

    /** Window starts over which the summary's maximum is taken. */
    private static int[] maxRange(DoctorTimeline t, int windowMinutes) {
        if (t.cyclic()) {
            return new int[] {t.midnight(t.reportFromDay()), t.midnight(t.reportToDay())};
        }
        return WindowSweep.range(t, windowMinutes);
    }

    private static int[] dutiesIn(DoctorTimeline t, int from, int to) {
        int count = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.end(i) > from && t.start(i) < to && t.workMinutes(i) > 0) {
                count++;
            }
        }
        int[] indices = new int[count];
        int k = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.end(i) > from && t.start(i) < to && t.workMinutes(i) > 0) {
                indices[k++] = i;
            }
        }
        return indices;
    }
}
