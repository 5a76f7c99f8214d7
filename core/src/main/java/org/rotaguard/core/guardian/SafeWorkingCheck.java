package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.layout.ExplicitDuties;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rules.AverageWeeklyHoursRule;
import org.rotaguard.core.rules.DutyRef;
import org.rotaguard.core.rules.Findings;
import org.rotaguard.core.rules.HoursInWindowRule;
import org.rotaguard.core.rules.RestBetweenShiftsRule;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.ShiftLengthRule;
import org.rotaguard.core.rules.Violation;
import org.rotaguard.core.rules.WorkTotals;
import org.rotaguard.core.time.Hours;
import org.rotaguard.core.time.ZoneClock;

/**
 * Finds the breaches of safe working hours in the hours a doctor actually worked. Where the rota
 * checker has a rule for the limit (average weekly hours, hours in any 168, shift length, rest
 * between shifts) the very same rule object of the contract pack runs on the worked duties, laid
 * out with the contract's definitions; the on-call rest and missed-break limits, which only
 * reports can show, are checked here. Each breach carries its working. Thread-safe.
 */
public final class SafeWorkingCheck {
    private static final int WEEK = 168 * 60;
    /** The 8-hour total rest is owed per 24 hours of on-call; a shorter period leaves time outside it. */
    private static final int TOTAL_REST_PERIOD = 24 * 60;

    private final ContractPack contract;
    private final SafeWorkingLimits limits;
    private final AverageWeeklyHoursRule average;
    private final HoursInWindowRule window;
    private final ShiftLengthRule shiftLength;
    private final RestBetweenShiftsRule rest;

    public SafeWorkingCheck(ContractPack contract, SafeWorkingLimits limits) {
        this.contract = contract;
        this.limits = limits;
        this.average = rule(contract, AverageWeeklyHoursRule.class, r -> true, "average weekly hours");
        this.window = rule(contract, HoursInWindowRule.class, r -> r.windowMinutes() == WEEK, "hours in any 168 hours");
        this.shiftLength = rule(contract, ShiftLengthRule.class, r -> true, "maximum shift length");
        this.rest = rule(contract, RestBetweenShiftsRule.class, r -> true, "rest between shifts");
    }

    /** With the 2019 limits. */
    public SafeWorkingCheck(ContractPack contract) {
        this(contract, SafeWorkingLimits.TCS_2019);
    }

    public ContractPack contract() {
        return contract;
    }

    public SafeWorkingLimits limits() {
        return limits;
    }

    /** Breaches of a full-time doctor without an opt-out. */
    public List<Breach> breaches(String doctorId, List<WorkedDuty> worked, List<ApprovedHours> approved,
                                 ReferencePeriod p) {
        return breaches(Doctor.onLine(doctorId, 1), worked, approved, p);
    }

    /**
     * Breaches that begin in the reference period, in time order. {@code worked} may reach outside
     * the period (the rest before its first duty counts); the average is taken over the period's
     * weeks, whatever fraction of full time the doctor works.
     */
    public List<Breach> breaches(Doctor doctor, List<WorkedDuty> worked, List<ApprovedHours> approved,
                                 ReferencePeriod p) {
        List<WorkedDuty> duties = new ArrayList<>(worked);
        duties.sort(Comparator.comparing((WorkedDuty d) -> d.start().toInstant()));
        List<ExplicitDuties.Duty> laid = new ArrayList<>(duties.size());
        for (WorkedDuty d : duties) {
            laid.add(new ExplicitDuties.Duty(d.start(), d.end(), d.onCall(), d.code(), "", d.workMinutes()));
        }
        DoctorTimeline t = ExplicitDuties.layOut(doctor, p.zone(), contract.definitions(), laid, p.from(), p.until());
        List<Breach> found = new ArrayList<>();
        averageBreaches(t, p, found);
        windowBreaches(t, p, found);
        shiftBreaches(t, found);
        restBreaches(t, found);
        onCallBreaches(doctor.id(), approved, p, found);
        breakBreaches(t, duties, approved, p, found);
        found.sort(Comparator.comparing((Breach b) -> b.from().toInstant()).thenComparing(Breach::ruleId));
        return List.copyOf(found);
    }

    private void averageBreaches(DoctorTimeline t, ReferencePeriod p, List<Breach> found) {
        for (Violation v : run(average, t)) {
            double averageMinutes = WorkTotals.averageWeeklyMinutes(t);
            boolean optOut = t.doctor().wtrOptOut();
            double limit = optOut ? average.optOutLimitMinutes() : average.limitMinutes();
            double total = WorkTotals.reportedMinutes(t);
            int excess = (int) Math.ceil(total - limit * p.weeks() - 1e-6);
            double enhancedWork = 0;
            for (int i = t.firstReported(); i < t.endReported(); i++) {
                enhancedWork += enhancedWork(t, i, t.start(i), t.end(i));
            }
            // No single hour is the one over the average: night hours take their share of the excess.
            int enhanced = total > 0 ? (int) Math.floor(excess * enhancedWork / total + 1e-9) : 0;
            String working = "Worked " + Hours.format(total) + " over the " + weeks(p.weeks()) + "-week reference period "
                    + p.from() + " to " + p.until().minusDays(1) + ": an average of " + Hours.format(averageMinutes)
                    + " a week against the " + Hours.format(limit) + " limit" + (optOut ? " for a doctor who has"
                    + " opted out of the Working Time Regulations" : "") + ", " + Hours.format(averageMinutes - limit)
                    + " a week over; " + Hours.format(total) + " − " + Hours.format(limit) + " × " + weeks(p.weeks())
                    + " = " + Hours.format(excess) + " over the limit in all" + enhancedNote(enhanced) + ".";
            found.add(breach(SafeWorkingRule.AVERAGE_48H, t, v.start(), v.end(), excess, enhanced, working));
        }
    }

    private void windowBreaches(DoctorTimeline t, ReferencePeriod p, List<Breach> found) {
        ZoneClock clock = t.clock();
        int periodFrom = clock.toEpochMinute(p.from().toEpochDay(), 0);
        int periodTo = clock.toEpochMinute(p.until().toEpochDay(), 0);
        for (Violation v : run(window, t)) {
            int from = minute(v.start());
            int to = minute(v.end());
            if (to <= periodFrom || from >= periodTo) {
                continue;
            }
            double work = 0;
            for (int i = 0; i < t.size(); i++) {
                work += workIn(t, i, from, to);
            }
            int excess = (int) Math.ceil(work - window.limitMinutes() - 1e-6);
            // The hours over the limit are the last worked in the window.
            double remaining = excess;
            double enhanced = 0;
            for (int i = t.size() - 1; i >= 0 && remaining > 0; i--) {
                double inWindow = workIn(t, i, from, to);
                if (inWindow <= 0) {
                    continue;
                }
                double take = Math.min(remaining, inWindow);
                int partEnd = Math.min(t.end(i), to);
                int partStart = Math.max(t.start(i), from);
                if (t.is(i, DutyFlags.SHIFT)) {
                    enhanced += NightTime.shiftMinutes(t.start(i), t.end(i), partEnd - (int) Math.round(take), partEnd,
                            clock, limits);
                } else {
                    enhanced += take * NightTime.ruleAMinutes(partStart, partEnd, clock) / (double) (partEnd - partStart);
                }
                remaining -= take;
            }
            int enhancedMinutes = Math.min(excess, (int) Math.floor(enhanced + 1e-9));
            String working = Hours.format(work) + " worked in the 168 hours from " + Hours.when(v.start()) + " to "
                    + Hours.when(v.end()) + " (the worst window of this stretch) against the "
                    + Hours.format(window.limitMinutes()) + " limit: " + Hours.format(excess) + " over"
                    + enhancedNote(enhancedMinutes) + ". Duties: " + duties(v) + ".";
            found.add(breach(SafeWorkingRule.MAX_72H_IN_168H, t, v.start(), v.end(), excess, enhancedMinutes, working));
        }
    }

    private void shiftBreaches(DoctorTimeline t, List<Breach> found) {
        for (Violation v : run(shiftLength, t)) {
            int start = minute(v.start());
            int end = minute(v.end());
            int excess = end - start - shiftLength.maxMinutes();
            int enhanced = NightTime.shiftMinutes(start, end, end - excess, end, t.clock(), limits);
            String working = "Shift " + Hours.span(v.start(), v.end()) + " lasted " + Hours.format(end - start)
                    + " against the " + Hours.format(shiftLength.maxMinutes()) + " maximum: the last "
                    + Hours.format(excess) + " are over" + enhancedNote(enhanced) + ".";
            found.add(breach(SafeWorkingRule.SHIFT_OVER_13H, t, v.start(), v.end(), excess, enhanced, working));
        }
    }

    private void restBreaches(DoctorTimeline t, List<Breach> found) {
        for (Violation v : run(rest, t)) {
            DutyRef before = v.duties().get(0);
            DutyRef after = v.duties().get(1);
            int beforeStart = minute(before.start());
            int beforeEnd = minute(before.end());
            int afterStart = minute(after.start());
            int afterEnd = minute(after.end());
            int restMinutes = afterStart - beforeEnd;
            int lost = rest.minMinutes() - restMinutes;
            // The rest lost is taken from the end of the earlier shift (a late finish), then the start of the next.
            int fromEarlier = Math.min(lost, beforeEnd - beforeStart);
            int fromLater = lost - fromEarlier;
            int enhanced = NightTime.shiftMinutes(beforeStart, beforeEnd, beforeEnd - fromEarlier, beforeEnd,
                    t.clock(), limits)
                    + NightTime.shiftMinutes(afterStart, afterEnd, afterStart, afterStart + fromLater, t.clock(), limits);
            String working = "Rest of " + Hours.format(restMinutes) + " between the shift "
                    + Hours.span(before.start(), before.end()) + " and the shift " + Hours.span(after.start(), after.end())
                    + " against the " + Hours.format(rest.minMinutes()) + " minimum: " + Hours.format(lost)
                    + " of rest lost" + enhancedNote(enhanced) + ".";
            found.add(breach(SafeWorkingRule.REST_UNDER_11H, t, v.start(), v.end(), lost, enhanced, working));
        }
    }

    private void onCallBreaches(String doctorId, List<ApprovedHours> approved, ReferencePeriod p, List<Breach> found) {
        ZoneClock clock = ZoneClock.of(p.zone());
        int nightFrom = limits.onCallNightFrom().getHour() * 60 + limits.onCallNightFrom().getMinute();
        int nightTo = limits.onCallNightTo().getHour() * 60 + limits.onCallNightTo().getMinute();
        for (ApprovedHours a : approved) {
            if (!a.onCall() || !p.contains(a.workedStart().withZoneSameInstant(p.zone()).toLocalDate())) {
                continue;
            }
            int start = minute(a.workedStart());
            int end = minute(a.workedEnd());
            ZonedDateTime zs = clock.toZoned(start);
            ZonedDateTime ze = clock.toZoned(end);
            String period = "on-call period " + Hours.span(zs, ze) + " (report " + a.reportId() + ")";
            Integer continuous = a.onCallContinuousRestMinutes();
            if (continuous != null && continuous < limits.onCallContinuousRestMinutes()
                    && nightCover(start, end, nightFrom, nightTo, clock) >= limits.onCallContinuousRestMinutes()) {
                int lost = limits.onCallContinuousRestMinutes() - continuous;
                String working = "Longest continuous rest between " + limits.onCallNightFrom() + " and "
                        + limits.onCallNightTo() + " in the " + period + " was " + Hours.format(continuous)
                        + " against the " + Hours.format(limits.onCallContinuousRestMinutes()) + " expected: "
                        + Hours.format(lost) + " of night rest lost, all in night time.";
                found.add(new Breach(SafeWorkingRule.NROC_5H_CONTINUOUS.id(), doctorId, zs, ze, lost, lost, working,
                        SafeWorkingRule.NROC_5H_CONTINUOUS.source()));
            }
            Integer total = a.onCallTotalRestMinutes();
            if (total != null && total < limits.onCallTotalRestMinutes() && end - start >= TOTAL_REST_PERIOD) {
                int lost = limits.onCallTotalRestMinutes() - total;
                // When the rest was lost is not reported: spread over the period like on-call work.
                int enhanced = (int) Math.floor(lost * NightTime.ruleAMinutes(start, end, clock)
                        / (double) (end - start) + 1e-9);
                String working = "Total rest in the " + period + " was " + Hours.format(total) + " against the "
                        + Hours.format(limits.onCallTotalRestMinutes()) + " expected in 24 hours: " + Hours.format(lost)
                        + " of rest lost" + enhancedNote(enhanced) + " (spread over the period as on-call work is).";
                found.add(new Breach(SafeWorkingRule.NROC_8H_TOTAL.id(), doctorId, zs, ze, lost, enhanced, working,
                        SafeWorkingRule.NROC_8H_TOTAL.source()));
            }
        }
    }

    /** The most of any local night window [nightFrom, nightTo next day) that the period covers. */
    private static int nightCover(int start, int end, int nightFrom, int nightTo, ZoneClock clock) {
        long first = clock.toZoned(start).toLocalDate().toEpochDay() - 1;
        long last = clock.toZoned(end).toLocalDate().toEpochDay();
        int best = 0;
        for (long d = first; d <= last; d++) {
            int from = clock.toEpochMinute(d, nightFrom);
            int to = clock.toEpochMinute(nightTo <= nightFrom ? d + 1 : d, nightTo);
            best = Math.max(best, Math.min(end, to) - Math.max(start, from));
        }
        return best;
    }

    private void breakBreaches(DoctorTimeline t, List<WorkedDuty> duties, List<ApprovedHours> approved,
                               ReferencePeriod p, List<Breach> found) {
        Map<String, Integer> missedByReport = new HashMap<>();
        for (ApprovedHours a : approved) {
            missedByReport.merge(a.reportId(), a.breakMinutesMissed(), Integer::sum);
        }
        int length = limits.breakPeriodDays();
        for (LocalDate blockFrom = p.from(); blockFrom.isBefore(p.until()); blockFrom = blockFrom.plusDays(length)) {
            LocalDate blockUntil = blockFrom.plusDays(length).isAfter(p.until()) ? p.until() : blockFrom.plusDays(length);
            int occasions = 0;
            int missedOccasions = 0;
            int missedMinutes = 0;
            int shifts = 0;
            for (int i = 0; i < t.size(); i++) {
                LocalDate day = LocalDate.ofEpochDay(t.day(i));
                if (!t.is(i, DutyFlags.SHIFT) || day.isBefore(blockFrom) || !day.isBefore(blockUntil)) {
                    continue;
                }
                int breaks = limits.breaksFor(t.end(i) - t.start(i), t.is(i, DutyFlags.NIGHT));
                occasions += breaks;
                shifts++;
                int missed = 0;
                String ids = duties.get(i).reportId();
                if (ids != null) {
                    for (String id : ids.split(",")) {
                        missed += missedByReport.getOrDefault(id, 0);
                    }
                }
                missed = Math.min(missed, breaks * limits.breakMinutes());
                missedMinutes += missed;
                missedOccasions += (missed + limits.breakMinutes() - 1) / limits.breakMinutes();
            }
            if (occasions == 0 || missedOccasions < limits.breaksMissedShare() * occasions - 1e-9) {
                continue;
            }
            ZoneClock clock = t.clock();
            ZonedDateTime from = clock.toZoned(clock.toEpochMinute(blockFrom.toEpochDay(), 0));
            ZonedDateTime to = clock.toZoned(clock.toEpochMinute(blockUntil.toEpochDay(), 0));
            String working = "Breaks missed on " + missedOccasions + " of " + occasions + " occasions ("
                    + percent(missedOccasions, occasions) + ") in " + shifts + " shifts from " + blockFrom + " to "
                    + blockUntil.minusDays(1) + ", against the " + percent(limits.breaksMissedShare()) + " threshold; "
                    + Hours.format(missedMinutes) + " of break time missed, fined at the basic rate.";
            found.add(new Breach(SafeWorkingRule.BREAKS_MISSED_25PC.id(), t.doctor().id(), from, to, missedMinutes, 0,
                    working, SafeWorkingRule.BREAKS_MISSED_25PC.source()));
        }
    }

    /** Work of duty i inside [from, to): all of a shift's minutes there, an on-call period's work pro rata. */
    private static double workIn(DoctorTimeline t, int i, int from, int to) {
        int overlap = Math.min(t.end(i), to) - Math.max(t.start(i), from);
        if (overlap <= 0) {
            return 0;
        }
        return t.workMinutes(i) * overlap / (double) (t.end(i) - t.start(i));
    }

    /** Enhanced work of duty i inside [from, to). */
    private double enhancedWork(DoctorTimeline t, int i, int from, int to) {
        if (t.is(i, DutyFlags.SHIFT)) {
            return NightTime.shiftMinutes(t.start(i), t.end(i), from, to, t.clock(), limits);
        }
        int length = t.end(i) - t.start(i);
        return t.workMinutes(i) * NightTime.ruleAMinutes(Math.max(from, t.start(i)), Math.min(to, t.end(i)), t.clock())
                / (double) length;
    }

    private static List<Violation> run(Rule rule, DoctorTimeline t) {
        Findings findings = new Findings();
        rule.check(t, findings);
        return findings.inTimeOrder();
    }

    private static Breach breach(SafeWorkingRule rule, DoctorTimeline t, ZonedDateTime from, ZonedDateTime to,
                                 int minutes, int enhanced, String working) {
        return new Breach(rule.id(), t.doctor().id(), from, to, minutes, enhanced, working, rule.source());
    }

    private static String duties(Violation v) {
        List<String> spans = new ArrayList<>();
        for (DutyRef d : v.duties()) {
            spans.add(Hours.span(d.start(), d.end()));
        }
        return String.join(", ", spans);
    }

    private static String enhancedNote(int enhanced) {
        return enhanced > 0 ? " (" + Hours.format(enhanced) + " of them in night time)" : "";
    }

    private static String weeks(double weeks) {
        return weeks == Math.rint(weeks) ? String.valueOf((long) weeks) : String.format(Locale.UK, "%.2f", weeks);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.UK, "%.1f%%", 100.0 * part / whole);
    }

    private static String percent(double share) {
        return String.format(Locale.UK, "%.0f%%", 100 * share);
    }

    private static int minute(ZonedDateTime t) {
        return Math.toIntExact(Math.floorDiv(t.toEpochSecond(), 60));
    }

    private static <R extends Rule> R rule(ContractPack contract, Class<R> kind, Predicate<R> which, String what) {
        for (Rule r : contract.rules()) {
            if (kind.isInstance(r) && which.test(kind.cast(r))) {
                return kind.cast(r);
            }
        }
        throw new IllegalArgumentException("contract " + contract.id() + " has no " + what
                + " rule; the guardian's breaches need the 2016 terms' limits");
    }
}
