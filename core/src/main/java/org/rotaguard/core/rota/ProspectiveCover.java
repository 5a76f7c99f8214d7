package org.rotaguard.core.rota;

/**
 * Doctors covering each other's leave (2002 contract): averages include the cover.
 *
 * @param leaveWeeksPerYear weeks of leave a year
 * @param hoursPerLeaveWeek hours credited for each week of leave
 */
public record ProspectiveCover(double leaveWeeksPerYear, double hoursPerLeaveWeek) {
    public ProspectiveCover {
        if (!(leaveWeeksPerYear >= 0 && leaveWeeksPerYear < 52)) {
            throw new IllegalArgumentException("leaveWeeksPerYear must be from 0 to under 52");
        }
        if (!(hoursPerLeaveWeek >= 0 && hoursPerLeaveWeek <= 168)) {
            throw new IllegalArgumentException("hoursPerLeaveWeek must be from 0 to 168");
        }
    }
}
