package org.rotaguard.core.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Safe-working breaches visible in the submission itself that make time off in lieu mandatory:
 * on a non-resident on-call period, under 5 hours' continuous rest between 22:00 and 07:00, or
 * under 8 hours' rest in the 24 hours (2016 TCS Sch 3, on-call rest; contract-rules.md O4, HIGH for
 * 8h/5h). Breaches that need the rest of the roster (rest under 11 hours between shifts) are not
 * visible here; the reviewer records them with the approval ({@link Command#MANDATORY_TOIL}).
 */
public final class Safety {
    public static final String NROC_CONTINUOUS = "nroc-5h-continuous";
    public static final String NROC_TOTAL = "nroc-8h-total";
    public static final String REST_UNDER_11H = "rest-under-11h";
    static final int CONTINUOUS_MINUTES = 5 * 60;
    static final int TOTAL_MINUTES = 8 * 60;

    private Safety() {
    }

    public static List<String> restBreaches(Submission s) {
        List<String> out = new ArrayList<>();
        if (!s.onCall()) {
            return out;
        }
        if (s.onCallContinuousRestMinutes() != null && s.onCallContinuousRestMinutes() < CONTINUOUS_MINUTES) {
            out.add(NROC_CONTINUOUS);
        }
        if (s.onCallTotalRestMinutes() != null && s.onCallTotalRestMinutes() < TOTAL_MINUTES) {
            out.add(NROC_TOTAL);
        }
        return out;
    }

    /** Whether the breach is on-call rest not achieved (TOIL due within 24 hours rather than the TOIL window). */
    public static boolean onCallRest(List<String> rules) {
        return rules.contains(NROC_CONTINUOUS) || rules.contains(NROC_TOTAL);
    }
}
