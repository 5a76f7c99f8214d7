package org.rotaguard.core.guardian;

import java.util.Arrays;
import java.util.Optional;

/**
 * The breaches of safe working hours that the guardian fines, each with the limit's source and the
 * confidence in it (HIGH, MED, LOW, INTERP as in the reference notes; see docs/guardian.md).
 */
public enum SafeWorkingRule {
    AVERAGE_48H("avg-48h", "Average weekly hours over the reference period",
            "2016 TCS Schedule 3 (maximum average weekly hours) and Schedule 6; NHS Employers guardian fines guidance, 19 Jun 2023, item 1",
            "HIGH"),
    MAX_72H_IN_168H("max-72h-in-168h", "More than 72 hours in any 168",
            "2016 TCS Schedule 3 (maximum hours in any 168-hour period) and Schedule 6; NHS Employers guardian fines guidance, 19 Jun 2023, item 2",
            "HIGH"),
    SHIFT_OVER_13H("shift-over-13h", "Shift longer than 13 hours",
            "2016 TCS Schedule 3 (maximum shift length) and Schedule 6; NHS Employers guardian fines guidance, 19 Jun 2023, item 3",
            "HIGH"),
    REST_UNDER_11H("rest-under-11h", "Less than 11 hours' continuous rest between shifts",
            "2016 TCS Schedule 3 (minimum rest between shifts) and Schedule 6; NHS Employers guardian fines guidance, 19 Jun 2023, item 4",
            "HIGH"),
    NROC_5H_CONTINUOUS("nroc-5h-continuous", "On call: less than 5 hours' continuous rest between 22:00 and 07:00",
            "2016 TCS Schedule 3 (non-resident on-call, expected rest) and Schedule 6; NHS Employers guardian fines guidance, 19 Jun 2023, item 5",
            "HIGH"),
    NROC_8H_TOTAL("nroc-8h-total", "On call: less than 8 hours' total rest in 24 hours",
            "2016 TCS Schedule 3 (non-resident on-call, expected rest) and Schedule 6; NHS Employers guardian fines guidance, 19 Jun 2023, item 6 (text cut off where read)",
            "MED"),
    BREAKS_MISSED_25PC("breaks-missed-25pc", "Breaks missed on 25% or more of occasions over 4 weeks",
            "2016 TCS Schedule 3 (breaks) and Schedule 6, as agreed in May 2016; NHS Employers guardian fines guidance, 19 Jun 2023, item 7",
            "HIGH");

    private final String id;
    private final String title;
    private final String source;
    private final String confidence;

    SafeWorkingRule(String id, String title, String source, String confidence) {
        this.id = id;
        this.title = title;
        this.source = source;
        this.confidence = confidence;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    /** HIGH, MED, LOW or INTERP. */
    public String confidence() {
        return confidence;
    }

    public static Optional<SafeWorkingRule> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
