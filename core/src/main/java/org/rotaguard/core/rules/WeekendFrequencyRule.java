package org.rotaguard.core.rules;

import java.util.Locale;
import org.rotaguard.core.layout.DoctorTimeline;


/**
 * Weekends worked no more often than 1 in N over the rota cycle (or the roster). A property of
 * the whole rota: at most one finding per doctor; exactly 1 in N is allowed.
 */
public final class WeekendFrequencyRule implements Rule {
    private final RuleInfo info;
    private final int oneIn;

    public WeekendFrequencyRule(RuleInfo info, int oneIn) {
        if (oneIn < 1) {
            throw new IllegalArgumentException("weekend frequency must be 1 in 1 or less often");
        }
        this.info = info;
        this.oneIn = oneIn;
    }

    /** N in "no more often than 1 in N". */
    public int oneIn() {
        return oneIn;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        int worked = weekendsWorked(t);
        // weeks ÷ worked < N  ⇔  worked × N × 7 > days
        if ((long) worked * oneIn * 7 > t.reportDays()) {
            String actual = "1 in " + frequency(t.weeks() / worked);
            findings.add(info, t, t.midnight(t.reportFromDay()), t.midnight(t.reportToDay()), "1 in " + oneIn, actual,
                    "Works " + worked + (worked == 1 ? " weekend" : " weekends") + " in " + weeksText(t)
                            + " (" + actual + "); weekends may be worked no more often than 1 in " + oneIn + ".",
                    weekendDuties(t));
        }
    }

    /**
     * Weekends worked: for a cyclic rota, the weekends whose Saturday falls in the cycle; for a
     * roster, each Saturday–Sunday pair with a day inside the roster.
     */
    public static int weekendsWorked(DoctorTimeline t) {
        int from = t.cyclic() ? t.reportFromDay() : t.reportFromDay() - 1;
        int to = t.reportToDay();
        int count = 0;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < t.size(); i++) {
            int saturday = t.weekendSaturday(i);
            if (saturday != DoctorTimeline.NO_WEEKEND && saturday >= from && saturday < to && saturday != last) {
                if (saturday > last) {
                    count++;
                    last = saturday;
                }
            }
        }
        return count;
    }

    /** The duties that make the counted weekends worked. */
    private static int[] weekendDuties(DoctorTimeline t) {
        int from = t.cyclic() ? t.reportFromDay() : t.reportFromDay() - 1;
        return java.util.stream.IntStream.range(0, t.size())
                .filter(i -> t.weekendSaturday(i) != DoctorTimeline.NO_WEEKEND
                        && t.weekendSaturday(i) >= from && t.weekendSaturday(i) < t.reportToDay())
                .toArray();
    }

    static String frequency(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.UK, "%.2f", n);
    }

    private static String weeksText(DoctorTimeline t) {
        return frequency(t.weeks()) + " weeks";
    }

}
