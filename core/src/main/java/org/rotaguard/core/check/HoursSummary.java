package org.rotaguard.core.check;

/**
 * A doctor's hours over the report range, for people and for the JSON report.
 *
 * @param averageWeeklyHours average weekly work (on-call: expected work), decimal hours
 * @param maxHoursIn168      most work in any 168 consecutive hours, decimal hours
 * @param weekendsWorked     weekends with any duty overlapping Saturday 00:01–Sunday 23:59
 * @param weeks              weeks in the cycle or roster
 * @param shifts             resident shifts starting in the range
 * @param nights             night shifts among them
 * @param longShifts         long shifts among them
 * @param onCallPeriods      on-call periods starting in the range
 * @param totalHours         all work in the range, decimal hours
 */
public record HoursSummary(double averageWeeklyHours, double maxHoursIn168, int weekendsWorked, double weeks,
                           int shifts, int nights, int longShifts, int onCallPeriods, double totalHours) {
}
