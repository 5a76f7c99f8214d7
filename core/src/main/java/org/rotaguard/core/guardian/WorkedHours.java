package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.ZoneClock;

/**
 * A doctor's hours actually worked: the rostered duties adjusted by approved exception reports.
 *
 * <ul>
 * <li>A report's worked start and end replace the rostered duty of the same kind (shift or
 *     on-call) that they overlap; a report spanning several such duties merges them into one.</li>
 * <li>A report that only touches a duty of its kind (starts as it ends, or ends as it starts)
 *     extends it: the work was continuous.</li>
 * <li>A report that overlaps or touches no duty of its kind adds a duty.</li>
 * <li>Two reports on the same duty: the duty runs from the earliest worked start to the latest
 *     worked end either report attests.</li>
 * <li>A report never shortens an on-call period (it says what was covered, and the rest had).</li>
 * <li>A resident shift takes precedence over an on-call period it overlaps: the on-call period
 *     keeps only its parts outside the shift, with its expected work in proportion.</li>
 * </ul>
 * Work in an on-call period is the rostered expected work, or, when a report gives the total rest
 * achieved, the period less that rest.
 */
public final class WorkedHours {
    private WorkedHours() {
    }

    /** Every duty laid out in the timeline, adjusted by the approved reports, in time order. */
    public static List<WorkedDuty> of(DoctorTimeline rostered, List<ApprovedHours> approved) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < rostered.size(); i++) {
            spans.add(new Span(rostered.start(i), rostered.end(i), rostered.is(i,
                    org.rotaguard.core.layout.DutyFlags.ON_CALL), null, rostered.shiftType(i).code(),
                    rostered.workMinutes(i)));
        }
        List<ApprovedHours> reports = new ArrayList<>(approved);
        reports.sort(Comparator.comparing((ApprovedHours a) -> a.workedStart().toInstant())
                .thenComparing(ApprovedHours::reportId));
        for (ApprovedHours report : reports) {
            apply(spans, report);
        }
        return resolve(spans, rostered.clock());
    }

    /** As {@link #of(DoctorTimeline, List)}, keeping the duties that start on local days [from, until). */
    public static List<WorkedDuty> of(DoctorTimeline rostered, List<ApprovedHours> approved, LocalDate from,
                                      LocalDate until) {
        List<WorkedDuty> kept = new ArrayList<>();
        for (WorkedDuty d : of(rostered, approved)) {
            LocalDate day = d.start().withZoneSameInstant(rostered.clock().zone()).toLocalDate();
            if (!day.isBefore(from) && day.isBefore(until)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static void apply(List<Span> spans, ApprovedHours report) {
        int from = minute(report.workedStart());
        int to = minute(report.workedEnd());
        List<Span> overlapping = new ArrayList<>();
        List<Span> touching = new ArrayList<>();
        for (Span s : spans) {
            if (s.onCall != report.onCall()) {
                continue;
            }
            if (s.end > from && s.start < to) {
                overlapping.add(s);
            } else if (s.end == from || s.start == to) {
                touching.add(s);
            }
        }
        int start = from;
        int end = to;
        List<Span> absorbed = overlapping.isEmpty() ? touching : overlapping;
        String ids = report.reportId();
        String code = WorkedDuty.REPORTED_CODE;
        double expected = 0;
        boolean extend = overlapping.isEmpty();
        for (Span s : absorbed) {
            // Two reports on one duty, a touching duty, or an on-call period: never shorter than either.
            if (extend || s.reportIds != null || report.onCall()) {
                start = Math.min(start, s.start);
                end = Math.max(end, s.end);
            }
            if (s.reportIds != null) {
                ids = s.reportIds + "," + ids;
            }
            if (code.equals(WorkedDuty.REPORTED_CODE)) {
                code = s.code;
            }
            expected += s.work;
        }
        spans.removeAll(absorbed);
        double work;
        if (!report.onCall()) {
            work = end - start;
        } else if (report.onCallTotalRestMinutes() != null) {
            work = Math.max(0, end - start - report.onCallTotalRestMinutes());
        } else {
            work = Math.min(expected, end - start);
        }
        spans.add(new Span(start, end, report.onCall(), ids, code, work));
    }

    /** Trims on-call periods around shifts, sorts, and builds the duties. */
    private static List<WorkedDuty> resolve(List<Span> spans, ZoneClock clock) {
        List<Span> shifts = new ArrayList<>();
        List<Span> onCall = new ArrayList<>();
        for (Span s : spans) {
            (s.onCall ? onCall : shifts).add(s);
        }
        shifts.sort(Comparator.comparingInt((Span s) -> s.start));
        for (int i = 1; i < shifts.size(); i++) {
            Span a = shifts.get(i - 1);
            Span b = shifts.get(i);
            if (b.start < a.end) {
                // Two shifts that overlap once worked hours are known ran as one period of work.
                Span merged = new Span(a.start, Math.max(a.end, b.end), false, join(a.reportIds, b.reportIds),
                        a.code, Math.max(a.end, b.end) - a.start);
                shifts.set(i - 1, merged);
                shifts.remove(i);
                i--;
            }
        }
        List<Span> result = new ArrayList<>(shifts);
        for (Span period : onCall) {
            result.addAll(outside(period, shifts));
        }
        result.sort(Comparator.comparingInt((Span s) -> s.start).thenComparingInt(s -> s.end));
        List<WorkedDuty> duties = new ArrayList<>(result.size());
        for (Span s : result) {
            ZonedDateTime start = clock.toZoned(s.start);
            ZonedDateTime end = clock.toZoned(s.end);
            int work = (int) Math.round(Math.min(s.work, s.end - s.start));
            duties.add(new WorkedDuty(start, end, s.onCall, s.reportIds, s.code, work));
        }
        return duties;
    }

    /** The parts of an on-call period outside every shift, each with its share of the work. */
    private static List<Span> outside(Span period, List<Span> shifts) {
        List<Span> parts = new ArrayList<>();
        int cursor = period.start;
        int length = period.end - period.start;
        for (Span shift : shifts) {
            if (shift.end <= cursor || shift.start >= period.end) {
                continue;
            }
            if (shift.start > cursor) {
                parts.add(part(period, cursor, shift.start, length));
            }
            cursor = Math.max(cursor, shift.end);
        }
        if (cursor < period.end) {
            parts.add(part(period, cursor, period.end, length));
        }
        return parts;
    }

    private static Span part(Span period, int from, int to, int length) {
        if (from == period.start && to == period.end) {
            return period;
        }
        return new Span(from, to, true, period.reportIds, period.code, period.work * (to - from) / length);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + "," + b;
    }

    private static int minute(ZonedDateTime t) {
        return Math.toIntExact(Math.floorDiv(t.toEpochSecond(), 60));
    }

    /** A duty being adjusted, in epoch minutes. */
    private record Span(int start, int end, boolean onCall, String reportIds, String code, double work) {
    }
}
