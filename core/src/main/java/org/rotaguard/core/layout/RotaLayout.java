package org.rotaguard.core.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.rota.Assignments;
import org.rotaguard.core.rota.Cell;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.rota.Template;
import org.rotaguard.core.time.ZoneClock;

/**
 * Lays a rota's cells onto real dates in its time zone. A cyclic template is laid out for the
 * cycle before the report cycle, the report cycle and two after it: enough for any run that
 * does not cover the whole cycle, the rest after it, and every 168-hour window, to wrap.
 */
public final class RotaLayout {
    /** Cycles laid out before the report cycle. */
    static final int CYCLES_BEFORE = 1;
    /** Cycles laid out after the report cycle. */
    static final int CYCLES_AFTER = 2;

    private final Rota rota;
    private final DutyDefinitions definitions;
    private final ZoneClock clock;
    private final ShiftType[] types;
    private final Map<String, Short> typeIndex = new HashMap<>();
    /** Cells are usually shared instances (a template's, or a generator's), so look them up by identity. */
    private final Map<Cell, short[]> cellTypes = new java.util.IdentityHashMap<>();
    /** First rota day (relative to the start) of the day tables. */
    private final int firstDay;
    /** Per rota day: the UTC offset in minutes when no clock change is near, else NOT_STEADY. */
    private final int[] steadyOffset;
    private static final int NOT_STEADY = Integer.MIN_VALUE;
    private final long startDay;
    /** Per type and weekday, the duty measured on a day without clock changes nearby, relative to local midnight. */
    private final int[][] steadyStart;
    private final int[][] steadyLength;
    private final int[][] steadyFlags;
    private final int[][] steadyWeekendDelta;

    private RotaLayout(Rota rota, DutyDefinitions definitions) {
        this.rota = rota;
        this.definitions = definitions;
        this.clock = ZoneClock.of(rota.zone());
        this.types = rota.shiftTypes().values().toArray(new ShiftType[0]);
        for (short i = 0; i < types.length; i++) {
            typeIndex.put(types[i].code(), i);
        }
        this.startDay = rota.start().toEpochDay();
        steadyStart = new int[types.length][7];
        steadyLength = new int[types.length][7];
        steadyFlags = new int[types.length][7];
        steadyWeekendDelta = new int[types.length][7];
        measureSteadyDays();
        int[] range = dayRange(rota);
        this.firstDay = range[0];
        this.steadyOffset = new int[range[1] - range[0]];
        for (int i = 0; i < steadyOffset.length; i++) {
            long epochDay = startDay + firstDay + i;
            steadyOffset[i] = isSteady(epochDay) ? clock.steadyOffsetMinutes(epochDay) : NOT_STEADY;
        }
    }

    /** The rota days (relative to the start) that any doctor's timeline covers. */
    private static int[] dayRange(Rota rota) {
        if (rota.schedule() instanceof Template template) {
            int cycle = template.cycleDays();
            return new int[] {-CYCLES_BEFORE * cycle, (1 + CYCLES_AFTER) * cycle};
        }
        int longest = 0;
        for (List<Cell> days : ((Assignments) rota.schedule()).days().values()) {
            longest = Math.max(longest, days.size());
        }
        return new int[] {0, longest};
    }

    /** Lays out every doctor of the rota. */
    public static List<DoctorTimeline> layOut(Rota rota, DutyDefinitions definitions) {
        RotaLayout layout = new RotaLayout(rota, definitions);
        List<DoctorTimeline> timelines = new ArrayList<>(rota.doctors().size());
        for (Doctor doctor : rota.doctors()) {
            timelines.add(layout.timeline(doctor));
        }
        return timelines;
    }

    /** Lays out one doctor of the rota. */
    public static DoctorTimeline layOut(Rota rota, DutyDefinitions definitions, Doctor doctor) {
        return new RotaLayout(rota, definitions).timeline(doctor);
    }

    /**
     * Lays out one doctor's duties on the real dates [from, until), with the day before and after
     * known too: a cyclic template repeats from the rota's start, a roster is off outside its days.
     * The timeline is not cyclic; its report range is [from, until). For hours actually worked
     * over a placement, whatever its length.
     */
    public static DoctorTimeline layOut(Rota rota, DutyDefinitions definitions, Doctor doctor, java.time.LocalDate from,
                                        java.time.LocalDate until) {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("the dates to lay out must end after they start");
        }
        RotaLayout layout = new RotaLayout(rota, definitions);
        Doctor withCover = layout.withRotaCover(doctor);
        int firstDay = Math.toIntExact(from.toEpochDay() - 1 - layout.startDay);
        int lastDay = Math.toIntExact(until.toEpochDay() + 1 - layout.startDay);
        Cell[] cells = new Cell[lastDay - firstDay];
        List<Cell> roster = rota.schedule() instanceof Template ? null
                : ((Assignments) rota.schedule()).daysOf(doctor.id());
        for (int i = firstDay; i < lastDay; i++) {
            if (rota.schedule() instanceof Template template) {
                cells[i - firstDay] = template.cell(withCover.line(), i);
            } else {
                cells[i - firstDay] = i >= 0 && i < roster.size() ? roster.get(i) : Cell.OFF;
            }
        }
        return layout.build(withCover, cells, firstDay, false, firstDay + 1, lastDay - 1);
    }

    /** The rota's prospective cover applies to every doctor without their own (2002 contract). */
    private Doctor withRotaCover(Doctor listed) {
        return listed.prospectiveCover() == null && rota.prospectiveCover().isPresent()
                ? listed.withProspectiveCover(rota.prospectiveCover().get()) : listed;
    }

    private DoctorTimeline timeline(Doctor listed) {
        Doctor doctor = withRotaCover(listed);
        if (rota.schedule() instanceof Template template) {
            int cycle = template.cycleDays();
            int from = -CYCLES_BEFORE * cycle;
            int to = (1 + CYCLES_AFTER) * cycle;
            Cell[] cells = new Cell[to - from];
            for (int i = from; i < to; i++) {
                cells[i - from] = template.cell(doctor.line(), i);
            }
            return build(doctor, cells, from, true, 0, cycle);
        }
        List<Cell> days = ((Assignments) rota.schedule()).daysOf(doctor.id());
        return build(doctor, days.toArray(new Cell[0]), 0, false, 0, days.size());
    }

    private DoctorTimeline build(Doctor doctor, Cell[] cells, int firstDayOfRota, boolean cyclic,
                                 int reportFrom, int reportTo) {
        int capacity = 0;
        for (Cell cell : cells) {
            capacity += cell.codes().size();
        }
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        int[] day = new int[capacity];
        short[] type = new short[capacity];
        byte[] flags = new byte[capacity];
        int[] weekend = new int[capacity];
        double[] work = new double[capacity];
        DutyMeasure exact = new DutyMeasure();
        int n = 0;
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isOff()) {
                continue;
            }
            long epochDay = startDay + firstDayOfRota + c;
            int table = firstDayOfRota + c - firstDay;
            int offset = table >= 0 && table < steadyOffset.length ? steadyOffset[table] : NOT_STEADY;
            boolean steady = offset != NOT_STEADY;
            int weekday = Math.floorMod(epochDay + 3, 7); // 0 = Monday; 1970-01-01 was a Thursday
            int first = n;
            for (short t : typesOf(cells[c])) {
                if (steady) {
                    start[n] = (int) (epochDay * 1440 + steadyStart[t][weekday] - offset);
                    end[n] = start[n] + steadyLength[t][weekday];
                    flags[n] = (byte) steadyFlags[t][weekday];
                    int delta = steadyWeekendDelta[t][weekday];
                    weekend[n] = delta == Integer.MIN_VALUE ? DutyMeasure.NO_WEEKEND : (int) epochDay + delta;
                } else {
                    exact.measure(types[t], epochDay, clock, definitions);
                    start[n] = exact.start;
                    end[n] = exact.end;
                    flags[n] = (byte) exact.flags;
                    weekend[n] = exact.weekendSaturday;
                }
                day[n] = (int) epochDay;
                type[n] = t;
                work[n] = types[t].onCall() ? types[t].expectedWork().toSeconds() / 60.0 : end[n] - start[n];
                n++;
            }
            sortWithinDay(first, n, start, end, type, flags, weekend, work);
        }
        int known0 = (int) (startDay + firstDayOfRota);
        return new DoctorTimeline(doctor, types, clock, n, start, end, day, type, flags, weekend, work,
                cyclic, known0, known0 + cells.length, (int) startDay + reportFrom, (int) startDay + reportTo);
    }

    /** No clock change from the day before to two days after: a duty of at most 25 hours sees one offset. */
    private boolean isSteady(long epochDay) {
        for (long d = epochDay - 1; d <= epochDay + 2; d++) {
            if (clock.changesOn(d)) {
                return false;
            }
        }
        return clock.steadyOffsetMinutes(epochDay - 1) == clock.steadyOffsetMinutes(epochDay + 2);
    }

    private short[] typesOf(Cell cell) {
        return cellTypes.computeIfAbsent(cell, c -> {
            short[] indices = new short[c.codes().size()];
            for (int i = 0; i < indices.length; i++) {
                Short index = typeIndex.get(c.codes().get(i));
                if (index == null) {
                    throw new IllegalArgumentException("unknown shift code " + c.codes().get(i));
                }
                indices[i] = index;
            }
            return indices;
        });
    }

    /** Duties of one cell in order of start (a cell lists at most a few codes). */
    private static void sortWithinDay(int from, int to, int[] start, int[] end, short[] type, byte[] flags,
                                      int[] weekend, double[] work) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && start[j] < start[j - 1]; j--) {
                swap(start, j); swap(end, j); swap(weekend, j);
                short t = type[j]; type[j] = type[j - 1]; type[j - 1] = t;
                byte f = flags[j]; flags[j] = flags[j - 1]; flags[j - 1] = f;
                double w = work[j]; work[j] = work[j - 1]; work[j - 1] = w;
            }
        }
    }

    private static void swap(int[] a, int j) {
        int x = a[j];
        a[j] = a[j - 1];
        a[j - 1] = x;
    }

    private void measureSteadyDays() {
        ZoneClock utc = ZoneClock.of(java.time.ZoneOffset.UTC);
        long monday = java.time.LocalDate.of(2024, 1, 1).toEpochDay();
        DutyMeasure m = new DutyMeasure();
        for (int t = 0; t < types.length; t++) {
            for (int w = 0; w < 7; w++) {
                long d = monday + w;
                m.measure(types[t], d, utc, definitions);
                steadyStart[t][w] = (int) (m.start - d * 1440);
                steadyLength[t][w] = m.end - m.start;
                steadyFlags[t][w] = m.flags;
                steadyWeekendDelta[t][w] = m.weekendSaturday == DutyMeasure.NO_WEEKEND
                        ? Integer.MIN_VALUE : (int) (m.weekendSaturday - d);
            }
        }
    }

    @Override
    public String toString() {
        return "RotaLayout" + Arrays.toString(types);
    }
}
