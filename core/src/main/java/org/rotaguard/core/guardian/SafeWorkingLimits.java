package org.rotaguard.core.guardian;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The limits only exception reports can show, which the rota checker has no rule for.
 *
 * @param onCallNightFrom            start of the on-call night rest window (local clock)
 * @param onCallNightTo              its end, next day (local clock)
 * @param onCallContinuousRestMinutes least continuous rest in that window during a non-resident on-call period
 * @param onCallTotalRestMinutes     least total rest in 24 hours of a non-resident on-call period
 * @param breaksMissedShare          fine when breaks are missed on at least this share of occasions
 * @param breakPeriodDays            ... over a period of this many days (4 weeks)
 * @param firstBreakOverMinutes      a shift longer than this earns one 30-minute break
 * @param secondBreakOverMinutes     a shift longer than this earns a second
 * @param thirdBreakFromMinutes      a shift at least this long earns a third (2019); 0 for none
 * @param thirdBreakNightsOnly       the third break only on night shifts (the likely scope; LOW-MED)
 * @param breakMinutes               the length of one break
 * @param nightRuleBMinimumMinutes   night enhancement rule B: a shift starting 20:00–23:59 at least this long
 * @param nightRuleC                 night enhancement rule C (2019): a shift ending after 00:00 and by 04:00
 */
public record SafeWorkingLimits(LocalTime onCallNightFrom, LocalTime onCallNightTo, int onCallContinuousRestMinutes,
                                int onCallTotalRestMinutes, double breaksMissedShare, int breakPeriodDays,
                                int firstBreakOverMinutes, int secondBreakOverMinutes, int thirdBreakFromMinutes,
                                boolean thirdBreakNightsOnly, int breakMinutes, int nightRuleBMinimumMinutes,
                                boolean nightRuleC) {

    /** The 2016 terms as first implemented: two breaks. */
    public static final SafeWorkingLimits TCS_2016 = new SafeWorkingLimits(LocalTime.of(22, 0), LocalTime.of(7, 0),
            5 * 60, 8 * 60, 0.25, 28, 5 * 60, 9 * 60, 0, true, 30, 8 * 60, false);

    /** The 2019 amendments: a third break for night shifts of 12 hours or more. */
    public static final SafeWorkingLimits TCS_2019 = new SafeWorkingLimits(LocalTime.of(22, 0), LocalTime.of(7, 0),
            5 * 60, 8 * 60, 0.25, 28, 5 * 60, 9 * 60, 12 * 60, true, 30, 8 * 60, true);

    public SafeWorkingLimits {
        Objects.requireNonNull(onCallNightFrom, "onCallNightFrom");
        Objects.requireNonNull(onCallNightTo, "onCallNightTo");
        if (!(breaksMissedShare > 0 && breaksMissedShare <= 1)) {
            throw new IllegalArgumentException("the missed-break share must be more than 0 and at most 1");
        }
        if (breakPeriodDays < 1 || breakMinutes < 1) {
            throw new IllegalArgumentException("break period and break length must be positive");
        }
    }

    /** Breaks a shift of this length earns (night: whether it is a night shift). */
    public int breaksFor(int lengthMinutes, boolean night) {
        int breaks = 0;
        if (lengthMinutes > firstBreakOverMinutes) {
            breaks++;
        }
        if (lengthMinutes > secondBreakOverMinutes) {
            breaks++;
        }
        if (thirdBreakFromMinutes > 0 && lengthMinutes >= thirdBreakFromMinutes && (night || !thirdBreakNightsOnly)) {
            breaks++;
        }
        return breaks;
    }
}
