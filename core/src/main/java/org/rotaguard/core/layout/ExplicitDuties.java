package org.rotaguard.core.layout;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.ZoneClock;

/**
 * Lays out duties given by their real start and end instants (hours actually worked, say) as a
 * {@link DoctorTimeline}, so the rota checker's rules run on them unchanged. Each duty is measured
 * with the contract's definitions exactly as a rostered one (long, night, long evening, weekend).
 * The timeline is not cyclic; everything from the day of the first duty to the day after the last
 * is known.
 */
public final class ExplicitDuties {
    private ExplicitDuties() {
    }

    /**
     * One duty.
     *
     * @param start       real start
     * @param end         real end, after the start
     * @param onCall      a non-resident on-call period rather than a resident shift
     * @param code        a shift code to name it by (letters, digits, underscores)
     * @param name        a readable name, may be empty
     * @param workMinutes minutes of work in it (all of a shift; what was, or is expected to be, worked on call)
     */
    public record Duty(ZonedDateTime start, ZonedDateTime end, boolean onCall, String code, String name,
                       double workMinutes) {
        public Duty {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(code, "code");
            name = name == null ? "" : name;
            long length = Duration.between(start.toInstant(), end.toInstant()).toMinutes();
            if (length <= 0) {
                throw new IllegalArgumentException("a duty must end after it starts: " + start + " to " + end);
            }
            if (workMinutes < 0 || workMinutes > length) {
                throw new IllegalArgumentException("work of " + workMinutes + " minutes does not fit the duty "
                        + start + " to " + end);
            }
        }
    }

    /**
     * The timeline of the given duties (which must not overlap), reporting findings that begin on
     * local days [reportFrom, reportUntil).
     */
    public static DoctorTimeline layOut(Doctor doctor, ZoneId zone, DutyDefinitions definitions, List<Duty> duties,
                                        LocalDate reportFrom, LocalDate reportUntil) {
        if (!reportUntil.isAfter(reportFrom)) {
            throw new IllegalArgumentException("the report range must end after it starts");
        }
        ZoneClock clock = ZoneClock.of(zone);
        List<Duty> sorted = new ArrayList<>(duties);
        sorted.sort(Comparator.comparing((Duty d) -> d.start().toInstant()));
        int n = sorted.size();
        int[] start = new int[n];
        int[] end = new int[n];
        int[] day = new int[n];
        short[] type = new short[n];
        byte[] flags = new byte[n];
        int[] weekend = new int[n];
        double[] work = new double[n];
        List<ShiftType> types = new ArrayList<>();
        Map<ShiftType, Short> typeIndex = new HashMap<>();
        DutyMeasure measure = new DutyMeasure();
        long knownFrom = reportFrom.toEpochDay();
        long knownTo = reportUntil.toEpochDay();
        for (int i = 0; i < n; i++) {
            Duty d = sorted.get(i);
            ZonedDateTime local = d.start().withZoneSameInstant(zone);
            long epochDay = local.toLocalDate().toEpochDay();
            int from = Math.toIntExact(d.start().toEpochSecond() / 60);
            int to = Math.toIntExact(d.end().toEpochSecond() / 60);
            if (i > 0 && from < end[i - 1]) {
                throw new IllegalArgumentException("duties overlap: " + sorted.get(i - 1).start() + " to "
                        + sorted.get(i - 1).end() + " and " + d.start() + " to " + d.end());
            }
            LocalTime startTime = local.toLocalTime().withSecond(0).withNano(0);
            measure.measure(from, to, d.onCall(), DutyMeasure.minuteOfDay(startTime), epochDay, clock, definitions);
            ShiftType shiftType = typeOf(d, startTime, d.end().withZoneSameInstant(zone).toLocalTime());
            Short index = typeIndex.get(shiftType);
            if (index == null) {
                index = (short) types.size();
                types.add(shiftType);
                typeIndex.put(shiftType, index);
            }
            start[i] = from;
            end[i] = to;
            day[i] = (int) epochDay;
            type[i] = index;
            flags[i] = (byte) measure.flags;
            weekend[i] = measure.weekendSaturday;
            work[i] = d.workMinutes();
            knownFrom = Math.min(knownFrom, epochDay);
            knownTo = Math.max(knownTo, d.end().withZoneSameInstant(zone).toLocalDate().toEpochDay() + 1);
        }
        return new DoctorTimeline(doctor, types.toArray(new ShiftType[0]), clock, n, start, end, day, type, flags,
                weekend, work, false, (int) knownFrom, (int) knownTo + 1, (int) reportFrom.toEpochDay(),
                (int) reportUntil.toEpochDay());
    }

    /** A shift type describing the duty (its clock times); its work is carried by the timeline, not the type. */
    private static ShiftType typeOf(Duty d, LocalTime start, LocalTime end) {
        LocalTime to = end.withSecond(0).withNano(0);
        return new ShiftType(d.code(), start, to, d.onCall(), Duration.ZERO, d.name(), null);
    }
}
