package org.rotaguard.solver;

import com.google.ortools.sat.Literal;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.rota.Doctor;

/**
 * One doctor's possible duties on real dates, as literals of the model.
 *
 * <p>Days are epoch days. {@code laidFrom..laidTo} are the days whose duties exist in the model
 * (for a template: the cycle before, the cycle and the cycle after, as the checker lays it out);
 * constraints are imposed on events anchored in {@code anchorFrom..anchorTo}; averages and
 * weekends count over {@code reportFrom..reportTo}.
 */
final class DoctorView {
    interface Duties {
        /** The literal of the duty of type {@code s} starting on {@code epochDay}, or null if it cannot be worked. */
        Literal at(int epochDay, int s);
    }

    final Doctor doctor;
    final DutyGrid grid;
    final Duties duties;
    final int laidFrom;
    final int laidTo;
    final int anchorFrom;
    final int anchorTo;
    final int reportFrom;
    final int reportTo;
    final boolean cyclic;

    DoctorView(Doctor doctor, DutyGrid grid, Duties duties, int laidFrom, int laidTo, int anchorFrom, int anchorTo,
               int reportFrom, int reportTo, boolean cyclic) {
        this.doctor = doctor;
        this.grid = grid;
        this.duties = duties;
        this.laidFrom = Math.max(laidFrom, grid.fromDay);
        this.laidTo = Math.min(laidTo, grid.fromDay + grid.days);
        this.anchorFrom = Math.max(anchorFrom, this.laidFrom);
        this.anchorTo = Math.min(anchorTo, this.laidTo);
        this.reportFrom = reportFrom;
        this.reportTo = reportTo;
        this.cyclic = cyclic;
    }

    boolean laid(int day) {
        return day >= laidFrom && day < laidTo;
    }

    /** The literal for a duty, or null when the day is outside the laid-out days or the duty cannot be worked. */
    Literal lit(int day, int s) {
        return laid(day) ? duties.at(day, s) : null;
    }

    int start(int day, int s) {
        return grid.start[day - grid.fromDay][s];
    }

    int end(int day, int s) {
        return grid.end[day - grid.fromDay][s];
    }

    int flags(int day, int s) {
        return grid.flags[day - grid.fromDay][s];
    }

    boolean is(int day, int s, int flag) {
        return (flags(day, s) & flag) != 0;
    }

    int weekendSaturday(int day, int s) {
        return grid.weekendSaturday[day - grid.fromDay][s];
    }

    long workSeconds(int day, int s) {
        return grid.workSeconds[day - grid.fromDay][s];
    }

    int types() {
        return grid.typeCount();
    }

    /** Receives a pair of possible resident shifts, the second starting no earlier than the first and not before it ends. */
    interface ShiftPair {
        void pair(int d, int s, Literal a, int d2, int s2, Literal b, int gapMinutes);
    }

    /**
     * Visits every ordered pair of possible resident shifts whose first starts on a day in
     * [from, to) and whose second starts on the same day or up to {@code daysAhead} days later,
     * at or after the first's start and not before the first ends.
     */
    void forEachShiftPair(int from, int to, int daysAhead, ShiftPair visitor) {
        for (int d = from; d < to; d++) {
            for (int s = 0; s < types(); s++) {
                Literal a = lit(d, s);
                if (a == null || !is(d, s, DutyFlags.SHIFT)) {
                    continue;
                }
                for (int d2 = d; d2 <= d + daysAhead; d2++) {
                    for (int s2 = 0; s2 < types(); s2++) {
                        Literal b = lit(d2, s2);
                        if (b == null || !is(d2, s2, DutyFlags.SHIFT) || (d2 == d && s2 == s)) {
                            continue;
                        }
                        int gap = start(d2, s2) - end(d, s);
                        if (gap >= 0 && start(d2, s2) >= start(d, s)) {
                            visitor.pair(d, s, a, d2, s2, b, gap);
                        }
                    }
                }
            }
        }
    }
}
