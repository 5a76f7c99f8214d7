package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rota.ProspectiveCover;
import org.rotaguard.core.rota.ShiftType;

/** The 2002 contract's view of a doctor's duties: duty types, duty and work hours, prospective cover. */
public final class NewDeal {
    private NewDeal() {
    }

    /** The New Deal duty type of a shift type: as the file says, else full shift or on-call. */
    public static NewDealDutyType dutyType(ShiftType type) {
        NewDealDutyType given = type.newDeal().dutyType();
        if (given != null) {
            return given;
        }
        return type.onCall() ? NewDealDutyType.ON_CALL : NewDealDutyType.FULL_SHIFT;
    }

    /** Minutes of actual work in duty i: all of a shift, the expected work of an on-call period. */
    public static double workMinutes(DoctorTimeline t, int i) {
        return t.workMinutes(i);
    }

    /** Minutes of duty in duty i: the whole period, shift or on-call. */
    public static double dutyMinutes(DoctorTimeline t, int i) {
        return t.end(i) - t.start(i);
    }

    /**
     * Weekly hours from a total over the report range, with prospective cover when the doctor (or
     * the rota) has it (Riddell): (T − L·C) ÷ (W − L), L = leave weeks a year ÷ 52 × W.
     */
    public static double weeklyMinutes(DoctorTimeline t, double totalMinutes) {
        double weeks = t.weeks();
        ProspectiveCover cover = t.doctor().prospectiveCover();
        if (cover == null) {
            return totalMinutes / weeks;
        }
        double leave = cover.leaveWeeksPerYear() / 52.0 * weeks;
        return (totalMinutes - leave * cover.hoursPerLeaveWeek() * 60) / (weeks - leave);
    }

    /** Days of the report range for frequencies, less leave under prospective cover: 7·W − 7·L. */
    public static double frequencyDays(DoctorTimeline t) {
        ProspectiveCover cover = t.doctor().prospectiveCover();
        double weeks = t.weeks();
        if (cover == null) {
            return weeks * 7;
        }
        return 7 * weeks - 7 * (cover.leaveWeeksPerYear() / 52.0 * weeks);
    }

    /** Weekly duty minutes by type over the report range: index by {@link NewDealDutyType#ordinal()}. */
    public static double[] weeklyDutyByType(DoctorTimeline t) {
        double[] minutes = new double[NewDealDutyType.values().length];
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            minutes[dutyType(t.shiftType(i)).ordinal()] += dutyMinutes(t, i);
        }
        for (int k = 0; k < minutes.length; k++) {
            minutes[k] = weeklyMinutes(t, minutes[k]);
        }
        return minutes;
    }

    /** Whether any duty in the report range is of the type. */
    public static boolean has(DoctorTimeline t, NewDealDutyType type) {
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            if (dutyType(t.shiftType(i)) == type) {
                return true;
            }
        }
        return false;
    }
}
