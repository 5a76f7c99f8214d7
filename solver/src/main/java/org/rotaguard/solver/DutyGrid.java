package org.rotaguard.solver;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;

/**
 * Every duty the designer could place: each shift type on each real date of a range, measured
 * by the checker's own layout (so start and end instants, clock changes, and the contract's
 * long, night, long-evening and weekend definitions are exactly those the checker uses).
 */
final class DutyGrid {
    final int fromDay;
    final int days;
    final List<ShiftType> types;
    final int[][] start;
    final int[][] end;
    final int[][] flags;
    final int[][] weekendSaturday;
    /** Work in seconds: the whole length of a resident shift, the expected work of an on-call period. */
    final long[][] workSeconds;

    DutyGrid(LocalDate first, int days, ZoneId zone, List<ShiftType> types, DutyDefinitions definitions) {
        this.fromDay = (int) first.toEpochDay();
        this.days = days;
        this.types = List.copyOf(types);
        int n = types.size();
        start = new int[days][n];
        end = new int[days][n];
        flags = new int[days][n];
        weekendSaturday = new int[days][n];
        workSeconds = new long[days][n];
        // One pseudo-doctor per shift type, working that type every day of the range.
        Rota.Builder builder = Rota.builder(first).zone(zone);
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        List<Doctor> doctors = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            builder.shift(types.get(s));
            String id = "T" + s;
            doctors.add(Doctor.onLine(id, 0));
            List<Cell> row = new ArrayList<>(days);
            for (int d = 0; d < days; d++) {
                row.add(Cell.of(types.get(s).code()));
            }
            cells.put(id, row);
        }
        Rota rota = builder.doctors(doctors).schedule(new Assignments(cells)).build();
        List<DoctorTimeline> timelines = RotaLayout.layOut(rota, definitions);
        for (int s = 0; s < n; s++) {
            DoctorTimeline t = timelines.get(s);
            if (t.size() != days) {
                throw new IllegalStateException("layout gave " + t.size() + " duties for " + days + " days");
            }
            for (int i = 0; i < days; i++) {
                int d = t.day(i) - fromDay;
                start[d][s] = t.start(i);
                end[d][s] = t.end(i);
                flags[d][s] = t.flags(i);
                weekendSaturday[d][s] = t.weekendSaturday(i);
                workSeconds[d][s] = Math.round(t.workMinutes(i) * 60);
            }
        }
    }

    int typeCount() {
        return types.size();
    }

    boolean is(int d, int s, int flag) {
        return DutyFlags.has(flags[d][s], flag);
    }

    int length(int d, int s) {
        return end[d][s] - start[d][s];
    }

    /** Whether the epoch day lies in the grid. */
    boolean covers(int epochDay) {
        return epochDay >= fromDay && epochDay < fromDay + days;
    }
}
