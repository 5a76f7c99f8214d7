package org.rotaguard.core.guardian;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What an approved exception report says was worked: the facts the guardian's breach check reads.
 *
 * @param reportId                      the report
 * @param workedStart                   when the doctor actually started
 * @param workedEnd                     when the doctor actually finished
 * @param onCall                        true when the report is about a non-resident on-call period
 * @param breakMinutesMissed            break time missed on this duty, minutes (0 when none)
 * @param onCallContinuousRestMinutes   on call: the longest continuous rest achieved between 22:00
 *                                      and 07:00, minutes; null when not on call or not reported
 * @param onCallTotalRestMinutes        on call: total rest achieved in the period (in its first 24
 *                                      hours), minutes; null when not on call or not reported
 */
public record ApprovedHours(String reportId, ZonedDateTime workedStart, ZonedDateTime workedEnd, boolean onCall,
                            int breakMinutesMissed, Integer onCallContinuousRestMinutes,
                            Integer onCallTotalRestMinutes) {
    public ApprovedHours {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(workedStart, "workedStart");
        Objects.requireNonNull(workedEnd, "workedEnd");
        if (!workedEnd.toInstant().isAfter(workedStart.toInstant())) {
            throw new IllegalArgumentException("report " + reportId + ": worked end " + workedEnd
                    + " is not after worked start " + workedStart);
        }
        if (breakMinutesMissed < 0) {
            throw new IllegalArgumentException("report " + reportId + ": missed break minutes cannot be negative");
        }
        int length = WorkedDuty.lengthMinutes(workedStart, workedEnd);
        if (onCallContinuousRestMinutes != null && (onCallContinuousRestMinutes < 0
                || onCallContinuousRestMinutes > length)) {
            throw new IllegalArgumentException("report " + reportId + ": continuous rest of "
                    + onCallContinuousRestMinutes + " minutes does not fit the period");
        }
        if (onCallTotalRestMinutes != null && (onCallTotalRestMinutes < 0 || onCallTotalRestMinutes > length)) {
            throw new IllegalArgumentException("report " + reportId + ": total rest of " + onCallTotalRestMinutes
                    + " minutes does not fit the period");
        }
        if (onCallContinuousRestMinutes != null && onCallTotalRestMinutes != null
                && onCallContinuousRestMinutes > onCallTotalRestMinutes) {
            throw new IllegalArgumentException("report " + reportId
                    + ": continuous rest cannot be more than the total rest");
        }
    }
}
