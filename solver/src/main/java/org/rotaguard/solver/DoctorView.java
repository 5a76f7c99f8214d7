package org.rotaguard.solver;

import com.google.ortools.sat.Literal;
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
}
