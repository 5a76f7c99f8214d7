package org.rotaguard.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.time.Hours;

/** Collects the violations found for one doctor. Nothing is allocated until a rule is broken. */
public final class Findings {
    private List<Violation> violations;
    /** Most work in any window, noted by a window rule so the hours summary need not sweep again. */
    private int maxWorkWindow = -1;
    private double maxWorkMinutes;

    /** Notes the most work found in any window of the given length over the report range. */
    public void noteMaxWork(int windowMinutes, double minutes) {
        maxWorkWindow = windowMinutes;
        maxWorkMinutes = minutes;
    }

    /** The most work noted for windows of this length, or NaN when no rule noted it. */
    public double maxWork(int windowMinutes) {
        return maxWorkWindow == windowMinutes ? maxWorkMinutes : Double.NaN;
    }

    /** Records a violation located by epoch-minute bounds and the indices of the duties concerned. */
    public void add(RuleInfo info, DoctorTimeline t, int start, int end, String limit, String actual,
                    String message, int... duties) {
        List<DutyRef> refs = new ArrayList<>(duties.length);
        for (int i : duties) {
            refs.add(ref(t, i));
        }
        add(new Violation(info.id(), t.zoned(start), t.zoned(end), limit, actual, info.reference(), message, refs));
    }

    /** Records a violation whose duties are a contiguous index range [from, to]. */
    public void addRange(RuleInfo info, DoctorTimeline t, int start, int end, String limit, String actual,
                         String message, int from, int to, int flagFilter) {
        List<DutyRef> refs = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (flagFilter == 0 || t.is(i, flagFilter)) {
                refs.add(ref(t, i));
            }
        }
        add(new Violation(info.id(), t.zoned(start), t.zoned(end), limit, actual, info.reference(), message, refs));
    }

    public void add(Violation violation) {
        if (violations == null) {
            violations = new ArrayList<>();
        }
        violations.add(violation);
    }

    public boolean isEmpty() {
        return violations == null;
    }

    /** The violations in time order (by start, then end, then rule id). */
    public List<Violation> inTimeOrder() {
        if (violations == null) {
            return List.of();
        }
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing((Violation v) -> v.start().toInstant())
                .thenComparing(v -> v.end().toInstant()).thenComparing(Violation::rule));
        return List.copyOf(sorted);
    }

    static DutyRef ref(DoctorTimeline t, int i) {
        return new DutyRef(t.shiftType(i).code(), t.zoned(t.start(i)), t.zoned(t.end(i)));
    }

    /** A duty described for a message: "the long day on Wed 5 Aug 08:00–21:30". */
    public static String describe(DoctorTimeline t, int i) {
        var type = t.shiftType(i);
        String what = type.name().isEmpty() ? type.code() + (type.onCall() ? " on-call period" : " shift")
                : type.name() + " (" + type.code() + ")";
        return what + " on " + Hours.span(t.zoned(t.start(i)), t.zoned(t.end(i)));
    }
}
