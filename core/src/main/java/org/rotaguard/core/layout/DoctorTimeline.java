package org.rotaguard.core.layout;

import java.time.ZonedDateTime;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/**
 * One doctor's duties laid out on real dates, in time order, as parallel primitive arrays so the
 * rules can scan millions of duties without allocating.
 *
 * <p>For a cyclic rota the timeline holds the report cycle (the days from the rota's start)
 * and its neighbours, so runs, gaps and windows wrap; findings are reported only when they
 * begin inside the report range. For assignments the report range is the whole roster and
 * nothing is known outside it.
 */
public final class DoctorTimeline {
    private final Doctor doctor;
    private final ShiftType[] types;
    private final ZoneClock clock;
    private final int size;
    private final int[] start;
    private final int[] end;
    private final int[] day;
    private final short[] type;
    private final byte[] flags;
    private final int[] weekendSaturday;
    private final double[] work;
    private final boolean cyclic;
    private final int knownFromDay;
    private final int knownToDay;
    private final int reportFromDay;
    private final int reportToDay;
    private final int firstReported;
    private final int endReported;

    DoctorTimeline(Doctor doctor, ShiftType[] types, ZoneClock clock, int size, int[] start, int[] end,
                   int[] day, short[] type, byte[] flags, int[] weekendSaturday, double[] work,
                   boolean cyclic, int knownFromDay, int knownToDay, int reportFromDay, int reportToDay) {
        this.doctor = doctor;
        this.types = types;
        this.clock = clock;
        this.size = size;
        this.start = start;
        this.end = end;
        this.day = day;
        this.type = type;
        this.flags = flags;
        this.weekendSaturday = weekendSaturday;
        this.work = work;
        this.cyclic = cyclic;
        this.knownFromDay = knownFromDay;
        this.knownToDay = knownToDay;
        this.reportFromDay = reportFromDay;
        this.reportToDay = reportToDay;
        int first = 0;
        while (first < size && day[first] < reportFromDay) {
            first++;
        }
        int last = first;
        while (last < size && day[last] < reportToDay) {
            last++;
        }
        this.firstReported = first;
        this.endReported = last;
    }

    public Doctor doctor() {
        return doctor;
    }

    public ZoneClock clock() {
        return clock;
    }

    /** Number of duties laid out, including those of neighbouring cycles. */
    public int size() {
        return size;
    }

    /** Start of duty i, in epoch minutes. */
    public int start(int i) {
        return start[i];
    }

    /** End of duty i, in epoch minutes. */
    public int end(int i) {
        return end[i];
    }

    /** Local epoch day on which duty i starts (the day it belongs to). */
    public int day(int i) {
        return day[i];
    }

    public int flags(int i) {
        return flags[i];
    }

    public boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public ShiftType shiftType(int i) {
        return types[type[i]];
    }

    /** Epoch day of the Saturday whose weekend duty i overlaps, or {@link #NO_WEEKEND}. */
    public int weekendSaturday(int i) {
        return weekendSaturday[i];
    }

    public static final int NO_WEEKEND = DutyMeasure.NO_WEEKEND;

    /** Minutes of work in duty i: all of a resident shift, the expected work of an on-call period. */
    public double workMinutes(int i) {
        return work[i];
    }

    public boolean cyclic() {
        return cyclic;
    }

    /** First local epoch day whose duties are known (laid out). */
    public int knownFromDay() {
        return knownFromDay;
    }

    /** Local epoch day after the last known day. */
    public int knownToDay() {
        return knownToDay;
    }

    /** First local epoch day of the report range. */
    public int reportFromDay() {
        return reportFromDay;
    }

    /** Local epoch day after the report range. */
    public int reportToDay() {
        return reportToDay;
    }

    /** Index of the first duty starting in the report range. */
    public int firstReported() {
        return firstReported;
    }

    /** Index after the last duty starting in the report range. */
    public int endReported() {
        return endReported;
    }

    public boolean reportsDay(int epochDay) {
        return epochDay >= reportFromDay && epochDay < reportToDay;
    }

    /** Days in the report range (the cycle, or the roster's cells). */
    public int reportDays() {
        return reportToDay - reportFromDay;
    }

    /** Weeks in the report range: the cycle's weeks, or the roster's cells ÷ 7. */
    public double weeks() {
        return reportDays() / 7.0;
    }

    /** Epoch minute at local midnight starting the given local day. */
    public int midnight(int epochDay) {
        return clock.toEpochMinute(epochDay, 0);
    }

    public ZonedDateTime zoned(int epochMinute) {
        return clock.toZoned(epochMinute);
    }
}
