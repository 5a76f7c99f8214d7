package org.rotaguard.solver;

import com.google.ortools.sat.Literal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.rules.AverageWeeklyHoursRule;
import org.rotaguard.core.rules.ConsecutiveOnCallRule;
import org.rotaguard.core.rules.ConsecutiveRunRule;
import org.rotaguard.core.rules.DayAfterOnCallRule;
import org.rotaguard.core.rules.HoursInWindowRule;
import org.rotaguard.core.rules.OnCallFrequencyRule;
import org.rotaguard.core.rules.RestAfterRunRule;
import org.rotaguard.core.rules.RestBetweenShiftsRule;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.ShiftLengthRule;
import org.rotaguard.core.rules.WeekendFrequencyRule;
import org.rotaguard.core.time.Hours;
import org.rotaguard.core.time.ZoneClock;

/**
 * Encodes each rule of a contract pack as hard constraints on one doctor's duties, from the
 * duties' real start and end instants and the rule's own limits. Each encoding mirrors what the
 * rule's check counts as a violation (see docs/designer.md for where it is stricter).
 */
final class RuleEncoder {
    private final SolverModel model;
    private final ZoneClock clock;

    RuleEncoder(SolverModel model, ZoneClock clock) {
        this.model = model;
        this.clock = clock;
    }

    static ConstraintGroup group(Rule rule) {
        String limit = limit(rule);
        return new ConstraintGroup(rule.id(), rule.info().title() + (limit.isEmpty() ? "" : ": " + limit)
                + (rule.info().reference().isEmpty() ? "" : " (" + rule.info().reference() + ")"));
    }

    /** The rule's limit in words, from its own parameters. */
    static String limit(Rule rule) {
        if (rule instanceof ShiftLengthRule r) {
            return "no resident shift longer than " + Hours.format(r.maxMinutes());
        } else if (rule instanceof RestBetweenShiftsRule r) {
            return "at least " + Hours.format(r.minMinutes()) + " between resident shifts";
        } else if (rule instanceof HoursInWindowRule r) {
            return "at most " + Hours.format(r.limitMinutes()) + " of work in any " + Hours.format(r.windowMinutes());
        } else if (rule instanceof AverageWeeklyHoursRule r) {
            return "an average week of at most " + Hours.format(r.limitMinutes()) + " ("
                    + Hours.format(r.optOutLimitMinutes()) + " with the opt-out)";
        } else if (rule instanceof ConsecutiveRunRule r) {
            return "at most " + r.max() + " " + r.kind().plural() + " on consecutive days";
        } else if (rule instanceof RestAfterRunRule r) {
            return "at least " + Hours.format(r.minMinutes()) + " rest after " + r.threshold()
                    + " or more " + r.kind().plural() + " in a row";
        } else if (rule instanceof WeekendFrequencyRule r) {
            return "weekends worked no more often than 1 in " + r.oneIn();
        } else if (rule instanceof ConsecutiveOnCallRule r) {
            return r.localAgreementMaxRun() > 1 ? "on call on at most " + r.localAgreementMaxRun() + " days in a row"
                    : "no on-call on consecutive days" + (r.saturdaySundayAllowed() ? " except Saturday then Sunday" : "");
        } else if (rule instanceof OnCallFrequencyRule r) {
            return "at most " + r.max() + " on-call periods in any " + r.days() + " days";
        } else if (rule instanceof DayAfterOnCallRule r) {
            return "at most " + Hours.format(r.maxMinutes()) + " of shifts on the day after on-call";
        }
        return "";
    }

    /** Whether the designer knows how to encode this rule. */
    static boolean supports(Rule rule) {
        return rule instanceof ShiftLengthRule || rule instanceof RestBetweenShiftsRule
                || rule instanceof HoursInWindowRule || rule instanceof AverageWeeklyHoursRule
                || rule instanceof ConsecutiveRunRule || rule instanceof RestAfterRunRule
                || rule instanceof WeekendFrequencyRule || rule instanceof ConsecutiveOnCallRule
                || rule instanceof OnCallFrequencyRule || rule instanceof DayAfterOnCallRule;
    }

    void encode(Rule rule, DoctorView v) {
        ConstraintGroup g = group(rule);
        if (rule instanceof ShiftLengthRule r) {
            shiftLength(g, v, r.maxMinutes());
        } else if (rule instanceof RestBetweenShiftsRule r) {
            restBetweenShifts(g, v, r.minMinutes());
        } else if (rule instanceof HoursInWindowRule r) {
            hoursInWindow(g, v, r.windowMinutes(), r.limitMinutes());
        } else if (rule instanceof AverageWeeklyHoursRule r) {
            averageWeeklyHours(g, v, v.doctor.wtrOptOut() ? r.optOutLimitMinutes() : r.limitMinutes());
        } else if (rule instanceof ConsecutiveRunRule r) {
            consecutiveRun(g, v, r.kind().flag(), r.max());
        } else if (rule instanceof RestAfterRunRule r) {
            restAfterRun(g, v, r.kind().flag(), r.threshold(), r.minMinutes());
        } else if (rule instanceof WeekendFrequencyRule r) {
            weekendFrequency(g, v, r.oneIn());
        } else if (rule instanceof ConsecutiveOnCallRule r) {
            consecutiveOnCall(g, v, r.saturdaySundayAllowed(), r.localAgreementMaxRun());
        } else if (rule instanceof OnCallFrequencyRule r) {
            onCallFrequency(g, v, r.max(), r.days());
        } else if (rule instanceof DayAfterOnCallRule r) {
            dayAfterOnCall(g, v, r.maxMinutes());
        } else {
            throw new UnsupportedRuleException("the designer cannot yet encode rule '" + rule.id() + "' ("
                    + rule.getClass().getSimpleName() + "), so it cannot promise a compliant rota under this contract");
        }
    }

    /** No two duties of one doctor overlap in time. */
    void noOverlaps(ConstraintGroup g, DoctorView v) {
        for (int d = v.laidFrom; d < v.laidTo; d++) {
            for (int s = 0; s < v.types(); s++) {
                Literal a = v.lit(d, s);
                if (a == null) {
                    continue;
                }
                for (int d2 = d; d2 <= d + 2; d2++) {
                    for (int s2 = 0; s2 < v.types(); s2++) {
                        if (d2 == d && s2 <= s) {
                            continue;
                        }
                        Literal b = v.lit(d2, s2);
                        if (b != null && v.start(d2, s2) < v.end(d, s) && v.start(d, s) < v.end(d2, s2)) {
                            model.clause(g, List.of(a.not(), b.not()));
                        }
                    }
                }
            }
        }
    }

    private void shiftLength(ConstraintGroup g, DoctorView v, int max) {
        for (int d = v.anchorFrom; d < v.anchorTo; d++) {
            for (int s = 0; s < v.types(); s++) {
                Literal a = v.lit(d, s);
                if (a != null && v.is(d, s, DutyFlags.SHIFT) && v.end(d, s) - v.start(d, s) > max) {
                    model.forbid(g, a);
                }
            }
        }
    }

    /** Any two resident shifts closer than the minimum: a shift between them would be closer still, so pairs suffice. */
    private void restBetweenShifts(ConstraintGroup g, DoctorView v, int min) {
        v.forEachShiftPair(v.anchorFrom, v.anchorTo, 3, (d, s, a, d2, s2, b, gap) -> {
            if (gap < min) {
                model.clause(g, List.of(a.not(), b.not()));
            }
        });
    }

    /**
     * Work in a window of fixed length is piecewise linear in the window's start, with its
     * maxima where a window starts at a duty's start or ends at a duty's end; bounding the work
     * in those windows (for every possible duty) bounds it in every window.
     */
    private void hoursInWindow(ConstraintGroup g, DoctorView v, int window, double limitMinutes) {
        long limit = (long) Math.floor(limitMinutes * 60 + 1e-6);
        int from = v.cyclic ? v.anchorFrom : v.laidFrom;
        int to = v.cyclic ? v.anchorTo : v.laidTo;
        for (int d = from; d < to; d++) {
            for (int s = 0; s < v.types(); s++) {
                if (v.lit(d, s) == null) {
                    continue;
                }
                windowAt(g, v, v.start(d, s), window, limit);
                windowAt(g, v, v.end(d, s) - window, window, limit);
            }
        }
    }

    private void windowAt(ConstraintGroup g, DoctorView v, int windowStart, int window, long limit) {
        int windowEnd = windowStart + window;
        List<Literal> lits = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        int firstDay = (int) clock.localDate(windowStart).toEpochDay() - 2;
        int lastDay = (int) clock.localDate(windowEnd).toEpochDay() + 1;
        for (int d = firstDay; d <= lastDay; d++) {
            for (int s = 0; s < v.types(); s++) {
                Literal l = v.lit(d, s);
                if (l == null) {
                    continue;
                }
                int overlap = Math.min(windowEnd, v.end(d, s)) - Math.max(windowStart, v.start(d, s));
                if (overlap <= 0) {
                    continue;
                }
                long length = v.end(d, s) - v.start(d, s);
                // Work accrues evenly through a duty; rounding up keeps the bound safe.
                long work = (v.workSeconds(d, s) * overlap + length - 1) / length;
                if (work > 0) {
                    lits.add(l);
                    coefficients.add(work);
                }
            }
        }
        model.atMost(g, lits, coefficients.stream().mapToLong(Long::longValue).toArray(), limit, List.of());
    }

    private void averageWeeklyHours(ConstraintGroup g, DoctorView v, double limitMinutes) {
        int days = v.reportTo - v.reportFrom;
        // average = total ÷ (days ÷ 7) ≤ limit  ⇔  7 × total ≤ limit × days
        long bound = (long) Math.floor(limitMinutes * 60 * days + 1e-6);
        List<Literal> lits = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        for (int d = v.reportFrom; d < v.reportTo; d++) {
            for (int s = 0; s < v.types(); s++) {
                Literal l = v.lit(d, s);
                if (l != null && v.workSeconds(d, s) > 0) {
                    lits.add(l);
                    coefficients.add(7 * v.workSeconds(d, s));
                }
            }
        }
        model.atMost(g, lits, coefficients.stream().mapToLong(Long::longValue).toArray(), bound, List.of());
    }

    /** A literal true when the doctor has a duty with the flag starting on the day; null when that cannot happen. */
    Literal qualifying(DoctorView v, int day, int flag) {
        List<Literal> lits = new ArrayList<>();
        for (int s = 0; s < v.types(); s++) {
            Literal l = v.lit(day, s);
            if (l != null && v.is(day, s, flag)) {
                lits.add(l);
            }
        }
        return model.anyOf(lits);
    }

    private void consecutiveRun(ConstraintGroup g, DoctorView v, int flag, int max) {
        int from = v.cyclic ? v.anchorFrom - max : v.laidFrom;
        for (int d = Math.max(from, v.laidFrom); d + max < v.laidTo && d < v.anchorTo; d++) {
            List<Literal> window = new ArrayList<>();
            for (int k = 0; k <= max; k++) {
                Literal q = qualifying(v, d + k, flag);
                if (q != null) {
                    window.add(q);
                }
            }
            if (window.size() > max) {
                model.atMost(g, window, max);
            }
        }
    }

    /**
     * After a run of at least the threshold ending on day e (qualifying duties on e and the days
     * before, none on e + 1), no duty may start sooner than the minimum after the run's last duty.
     */
    private void restAfterRun(ConstraintGroup g, DoctorView v, int flag, int threshold, int min) {
        for (int e = v.anchorFrom; e < v.anchorTo; e++) {
            if (e - threshold + 1 < v.laidFrom) {
                continue;
            }
            List<Literal> runHolds = new ArrayList<>();
            boolean possible = true;
            for (int k = 1; k < threshold; k++) {
                Literal q = qualifying(v, e - k, flag);
                if (q == null) {
                    possible = false;
                    break;
                }
                runHolds.add(q.not());
            }
            if (!possible) {
                continue;
            }
            Literal nextDay = v.laid(e + 1) ? qualifying(v, e + 1, flag) : null;
            for (int s = 0; s < v.types(); s++) {
                Literal last = v.lit(e, s);
                if (last == null || !v.is(e, s, flag)) {
                    continue;
                }
                for (int d2 = e; d2 <= e + 3; d2++) {
                    for (int s2 = 0; s2 < v.types(); s2++) {
                        Literal next = v.lit(d2, s2);
                        if (next == null || (d2 == e && v.is(d2, s2, flag))) {
                            continue;
                        }
                        int gap = v.start(d2, s2) - v.end(e, s);
                        if (gap >= 0 && gap < min) {
                            List<Literal> clause = new ArrayList<>(runHolds);
                            clause.add(last.not());
                            clause.add(next.not());
                            if (nextDay != null) {
                                clause.add(nextDay);
                            }
                            model.clause(g, clause);
                        }
                    }
                }
            }
        }
    }

    private void weekendFrequency(ConstraintGroup g, DoctorView v, int oneIn) {
        int firstSaturday = v.cyclic ? v.reportFrom : v.reportFrom - 1;
        List<Literal> worked = new ArrayList<>();
        for (int sat = firstSaturday; sat < v.reportTo; sat++) {
            if (LocalDate.ofEpochDay(sat).getDayOfWeek() != DayOfWeek.SATURDAY) {
                continue;
            }
            List<Literal> lits = new ArrayList<>();
            for (int d = sat - 1; d <= sat + 1; d++) {
                for (int s = 0; s < v.types(); s++) {
                    Literal l = v.lit(d, s);
                    if (l != null && v.weekendSaturday(d, s) == sat) {
                        lits.add(l);
                    }
                }
            }
            Literal w = model.anyOf(lits);
            if (w != null) {
                worked.add(w);
            }
        }
        // worked × N × 7 ≤ days
        long allowed = (v.reportTo - v.reportFrom) / (7L * oneIn);
        if (worked.size() > allowed) {
            model.atMost(g, worked, allowed);
        }
    }

    private void consecutiveOnCall(ConstraintGroup g, DoctorView v, boolean saturdaySunday, int localMax) {
        if (localMax > 1) {
            consecutiveRun(g, v, DutyFlags.ON_CALL, localMax);
            return;
        }
        for (int d = v.anchorFrom; d < v.anchorTo && d + 1 < v.laidTo; d++) {
            if (saturdaySunday && LocalDate.ofEpochDay(d).getDayOfWeek() == DayOfWeek.SATURDAY) {
                continue;
            }
            Literal a = qualifying(v, d, DutyFlags.ON_CALL);
            Literal b = qualifying(v, d + 1, DutyFlags.ON_CALL);
            if (a != null && b != null) {
                model.clause(g, List.of(a.not(), b.not()));
            }
        }
    }

    private void onCallFrequency(ConstraintGroup g, DoctorView v, int max, int days) {
        int from = v.cyclic ? v.anchorFrom - days + 1 : v.laidFrom;
        for (int d = Math.max(from, v.laidFrom); d < v.anchorTo && d + days <= v.laidTo; d++) {
            List<Literal> lits = new ArrayList<>();
            for (int k = 0; k < days; k++) {
                for (int s = 0; s < v.types(); s++) {
                    Literal l = v.lit(d + k, s);
                    if (l != null && v.is(d + k, s, DutyFlags.ON_CALL)) {
                        lits.add(l);
                    }
                }
            }
            if (lits.size() > max) {
                model.atMost(g, lits, max);
            }
        }
        if (!v.cyclic) {
            // Windows that run past the end of a roster still count the periods inside it.
            for (int d = Math.max(v.laidFrom, v.laidTo - days + 1); d < v.laidTo; d++) {
                List<Literal> lits = new ArrayList<>();
                for (int k = d; k < v.laidTo; k++) {
                    for (int s = 0; s < v.types(); s++) {
                        Literal l = v.lit(k, s);
                        if (l != null && v.is(k, s, DutyFlags.ON_CALL)) {
                            lits.add(l);
                        }
                    }
                }
                if (lits.size() > max) {
                    model.atMost(g, lits, max);
                }
            }
        }
    }

    private void dayAfterOnCall(ConstraintGroup g, DoctorView v, int maxMinutes) {
        for (int e = v.anchorFrom; e < v.anchorTo && e + 1 < v.laidTo; e++) {
            Literal onCall = qualifying(v, e, DutyFlags.ON_CALL);
            if (onCall == null) {
                continue;
            }
            Literal onCallNext = qualifying(v, e + 1, DutyFlags.ON_CALL);
            List<Literal> lits = new ArrayList<>();
            List<Long> minutes = new ArrayList<>();
            for (int s = 0; s < v.types(); s++) {
                Literal l = v.lit(e + 1, s);
                if (l != null && v.is(e + 1, s, DutyFlags.SHIFT)) {
                    lits.add(l);
                    minutes.add((long) (v.end(e + 1, s) - v.start(e + 1, s)));
                }
            }
            List<Literal> when = new ArrayList<>();
            when.add(onCall);
            if (onCallNext != null) {
                when.add(onCallNext.not());
            }
            model.atMost(g, lits, minutes.stream().mapToLong(Long::longValue).toArray(), maxMinutes, when);
        }
    }
}
