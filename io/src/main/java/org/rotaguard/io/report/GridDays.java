package org.rotaguard.io.report;

import java.time.temporal.ChronoUnit;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rules.DutyRef;

/** Where a finding's duty sits on a doctor's row of the grid (the web page's and the workbook's). */
public final class GridDays {
    private GridDays() {
    }

    /**
     * The 0-based day of the doctor's row that a duty belongs to: the local date it starts on,
     * counted from the rota's start; on a template, folded into the cycle (a duty of the cycle
     * before or after sits on the same day of the cycle). -1 when off a roster's row.
     */
    public static int of(Rota rota, int rowDays, DutyRef duty) {
        long day = ChronoUnit.DAYS.between(rota.start(), duty.start().withZoneSameInstant(rota.zone()).toLocalDate());
        if (rota.isCyclic()) {
            return (int) Math.floorMod(day, (long) rowDays);
        }
        return day >= 0 && day < rowDays ? (int) day : -1;
    }
}
