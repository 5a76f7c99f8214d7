package org.rotaguard.core.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.time.Hours;

/**
 * No on-call periods on consecutive days, except Saturday then Sunday. One finding for each pair
 * of on-call periods starting on consecutive calendar days. Where a longer run has been agreed
 * locally ({@code localAgreementMaxRun} above 1), runs up to that many days are allowed and a
 * longer run gives one finding.
 */
public final class ConsecutiveOnCallRule implements Rule {
    private final RuleInfo info;
    private final boolean saturdaySundayAllowed;
    private final int localAgreementMaxRun;

    public ConsecutiveOnCallRule(RuleInfo info, boolean saturdaySundayAllowed, int localAgreementMaxRun) {
        this.info = info;
        this.saturdaySundayAllowed = saturdaySundayAllowed;
        this.localAgreementMaxRun = localAgreementMaxRun;
    }

    public boolean saturdaySundayAllowed() {
        return saturdaySundayAllowed;
    }

    /** The longest run of on-call days a local agreement allows, or 1 or less for none. */
    public int localAgreementMaxRun() {
        return localAgreementMaxRun;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(DoctorTimeline t, Findings findings) {
        if (localAgreementMaxRun > 1) {
            checkRuns(t, findings);
            return;
        }
        int previous = -1;
        for (int i = 0; i < t.size(); i++) {
            if (!t.is(i, DutyFlags.ON_CALL)) {
                continue;
            }
            if (previous >= 0 && t.day(i) == t.day(previous) + 1 && t.reportsDay(t.day(previous))
                    && !(saturdaySundayAllowed && isSaturday(t.day(previous)))) {
                findings.add(info, t, t.start(previous), t.end(i), "none on consecutive days", "2 consecutive days",
                        "On call on consecutive days: " + Findings.describe(t, previous) + " and then "
                                + Findings.describe(t, i) + "; on-call periods may not fall on consecutive days"
                                + (saturdaySundayAllowed ? " except Saturday then Sunday." : "."), previous, i);
            }
            previous = i;
        }
    }

    private void checkRuns(DoctorTimeline t, Findings findings) {
        Runs.forEach(t, DutyFlags.ON_CALL, (first, last, days) -> {
            if (days > localAgreementMaxRun && Runs.reported(t, first, last)) {
                findings.addRange(info, t, t.start(first), t.end(last), localAgreementMaxRun + " days",
                        days + " days", "On call on " + days + " consecutive days from "
                                + Hours.day(t.zoned(t.start(first))) + "; the local agreement allows at most "
                                + localAgreementMaxRun + ".", first, last, DutyFlags.ON_CALL);
            }
        });
    }

    private static boolean isSaturday(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).getDayOfWeek() == DayOfWeek.SATURDAY;
    }
}
