package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.rota.NewDealDutyType;
import org.rotaguard.core.rules.NewDeal;
import org.rotaguard.core.rules.NewDealActualHoursRule;
import org.rotaguard.core.time.Hours;

/**
 * The 2002 banding flowchart (HSC 2000/031 Appendix 1, as the DRS monitoring tool applies it),
 * over the whole rota cycle:
 * <ol>
 * <li>New Deal compliance: a rota that breaks any limit is band 3.</li>
 * <li>Hours of actual work a week (with prospective cover): over 48 → band 2, over 40 → band 1,
 *     otherwise no band (FY1: the 5% uplift). Less-than-full-time doctors go to the F bands.</li>
 * <li>How antisocial the rota is. Shift rotas: more than a third of duty outside 07:00–19:00
 *     Monday to Friday, or weekends at least 1 in 4 (band 1) / 1 in 3 (band 2), is "most
 *     antisocial" (A), else B. On-call rotas: criterion R (resident on-call, or at least 4 hours'
 *     work after 19:00 on half the periods) with on-call at least 1 in 6 (1 in 5 without
 *     prospective cover) is A; on-call at least 1 in 8 (1 in 7, FY1 1 in 6.5, without prospective
 *     cover) or criterion R is B; rarer on-call from home with little work is C (band 1 only).
 *     A hybrid rota is A when either its shifts or its on-call are.</li>
 * </ol>
 * The mapping of the on-call frequency tests onto 1A/1B/1C and 2A/2B is reconstructed from
 * secondary sources (LOW confidence); docs/new-deal.md says so.
 */
public final class Banding2002 {
    static final double THIRD = 1.0 / 3.0;

    public BandingDecision decide(DoctorTimeline t, DoctorCheck compliance) {
        return decide(t, compliance, java.util.Set.of());
    }

    /**
     * The band; {@code bankHolidays} (epoch days) are out of hours all day, like a weekend day,
     * for the share of duty out of hours (INTERP, docs/new-deal.md).
     */
    public BandingDecision decide(DoctorTimeline t, DoctorCheck compliance, java.util.Set<Integer> bankHolidays) {
        List<String> broken = compliance.violations().stream().map(v -> v.rule()).distinct().toList();
        return decide(t, broken, antisocial(t, t.doctor().prospectiveCover() != null, bankHolidays), null);
    }

    /**
     * The band from facts of a whole rotated pattern: the rules any of its lines breaks and how
     * antisocial the pattern is, with the doctor's own hours (LTFT, prospective cover).
     *
     * @param pattern a description of what the facts cover (e.g. "all 12 lines of the template"), or null
     */
    public BandingDecision decide(DoctorTimeline t, List<String> broken, Antisocial a, String pattern) {
        List<String> steps = new ArrayList<>();
        boolean ltft = t.doctor().lessThanFullTime();
        double work = NewDealActualHoursRule.weeklyWorkMinutes(t) / 60.0;
        boolean cover = t.doctor().prospectiveCover() != null;
        String basicBand = null;
        BigDecimal multiplier = BigDecimal.ONE;
        if (ltft) {
            int f = fBand(work);
            basicBand = "F" + f;
            multiplier = BigDecimal.valueOf(f, 1);
            steps.add(String.format(Locale.UK, "Less than full time, %s h of work a week: basic band %s (%s of"
                    + " full-time basic; F5 under 24 h … F9 36 h to under 40 h).", fmt(work), basicBand, multiplier));
        }
        String over = pattern == null ? "" : " (" + pattern + ")";
        if (!broken.isEmpty()) {
            steps.add("1. New Deal compliant" + over + "? No: " + String.join(", ", broken)
                    + " broken → band 3 (100%).");
            return new BandingDecision(Band.BAND_3, basicBand, multiplier, Band.BAND_3.percent(), steps);
        }
        steps.add("1. New Deal compliant" + over + "? Yes: every limit is met.");
        if (pattern != null) {
            steps.add("   How antisocial the rota is, below, is measured over " + pattern + ".");
        }
        if (ltft) {
            if (!a.anyOutOfHours && !a.anyWeekend && a.onCallPeriods == 0) {
                steps.add("2. Less than full time with no duty outside 07:00–19:00 Monday to Friday: no band.");
                return new BandingDecision(Band.NONE, basicBand, multiplier, BigDecimal.ZERO, steps);
            }
            steps.add("2. Less than full time with duty out of hours: an F band.");
            char grade = a.grade(1, steps, t);
            Band band = grade == 'A' ? Band.FA : grade == 'B' ? Band.FB : Band.FC;
            steps.add("→ band " + band.id() + " (" + Money.percent(band.percent()) + " of the LTFT basic).");
            return new BandingDecision(band, basicBand, multiplier, band.percent(), steps);
        }
        String hours = fmt(work) + " h of actual work a week" + (cover ? " (with prospective cover)" : "");
        if (work <= 40 + 1e-9) {
            boolean fy1 = t.doctor().grade().trim().equalsIgnoreCase("FY1");
            steps.add("2. " + hours + ": not over 40 → no band" + (fy1 ? "; FY1 receives the 5% uplift." : "."));
            return new BandingDecision(Band.NONE, null, multiplier, fy1 ? new BigDecimal("5") : BigDecimal.ZERO, steps);
        }
        int level = work > 48 + 1e-9 ? 2 : 1;
        steps.add("2. " + hours + ": " + (level == 2 ? "over 48 and not over 56 → band 2." : "over 40 and not over 48 → band 1."));
        char grade = a.grade(level, steps, t);
        Band band = level == 2 ? (grade == 'A' ? Band.BAND_2A : Band.BAND_2B)
                : grade == 'A' ? Band.BAND_1A : grade == 'B' ? Band.BAND_1B : Band.BAND_1C;
        steps.add("→ band " + band.id() + " (" + Money.percent(band.percent()) + " of basic).");
        return new BandingDecision(band, null, multiplier, band.percent(), steps);
    }

    /** F5 … F9 by hours of work a week: under 24 → F5, 24 to under 28 → F6, … 36 and over → F9. */
    static int fBand(double hours) {
        if (hours < 24) {
            return 5;
        }
        if (hours >= 36) {
            return 9;
        }
        return 6 + (int) ((hours - 24) / 4);
    }

    Antisocial antisocial(DoctorTimeline t, boolean cover) {
        return antisocial(t, cover, java.util.Set.of());
    }

    public Antisocial antisocial(DoctorTimeline t, boolean cover, java.util.Set<Integer> bankHolidays) {
        Antisocial a = new Antisocial();
        a.cover = cover;
        a.weeks = t.weeks();
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            int duty = t.end(i) - t.start(i);
            NewDealDutyType type = NewDeal.dutyType(t.shiftType(i));
            int outOfHours = duty - inHours(t, t.day(i), t.start(i), t.end(i), bankHolidays);
            a.anyOutOfHours |= outOfHours > 0;
            if (type != NewDealDutyType.ON_CALL) {
                // The shift tests look at the shifts (and normal days); on-call has its own tests.
                a.dutyMinutes += duty;
                a.outOfHoursMinutes += outOfHours;
            }
            if (type == NewDealDutyType.ON_CALL) {
                a.onCallPeriods++;
                var nd = t.shiftType(i).newDeal();
                a.criterionR |= nd.resident() || nd.criterionR();
            } else if (type != NewDealDutyType.NORMAL_DAY) {
                a.shifts++;
            }
        }
        a.weekends = BandingWeekends.count(t, false);
        a.anyWeekend = BandingWeekends.count(t, true) > 0;
        a.frequencyDays = NewDeal.frequencyDays(t);
        a.fy1 = t.doctor().grade().trim().equalsIgnoreCase("FY1");
        return a;
    }

    /** Minutes of [start, end) inside 07:00–19:00 Monday to Friday (local clock), bank holidays excepted. */
    static int inHours(DoctorTimeline t, int day, int start, int end, java.util.Set<Integer> bankHolidays) {
        int total = 0;
        for (long d = day; d <= day + 2L; d++) {
            int weekday = (int) Math.floorMod(d + 3, 7);
            if (weekday >= 5 || bankHolidays.contains((int) d)) {
                continue;
            }
            int from = t.clock().toEpochMinute(d, 7 * 60);
            if (from >= end) {
                break;
            }
            int to = t.clock().toEpochMinute(d, 19 * 60);
            total += Math.max(0, Math.min(end, to) - Math.max(start, from));
        }
        return total;
    }

    static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.2f", value);
    }

    /** What makes a rota antisocial, over the cycle; {@link #add} sums several lines of a pattern. */
    public static final class Antisocial {
        boolean anyOutOfHours;
        boolean anyWeekend;
        double dutyMinutes;
        double outOfHoursMinutes;
        int weekends;
        double weeks;
        int onCallPeriods;
        int shifts;
        boolean criterionR;
        boolean cover;
        boolean fy1;
        double frequencyDays;

        /** Adds another line of the same rotated pattern. */
        public void add(Antisocial other) {
            anyOutOfHours |= other.anyOutOfHours;
            anyWeekend |= other.anyWeekend;
            dutyMinutes += other.dutyMinutes;
            outOfHoursMinutes += other.outOfHoursMinutes;
            weekends += other.weekends;
            weeks += other.weeks;
            onCallPeriods += other.onCallPeriods;
            shifts += other.shifts;
            criterionR |= other.criterionR;
            cover |= other.cover;
            fy1 |= other.fy1;
            frequencyDays += other.frequencyDays;
        }

        /** A (most), B (moderately) or C (least antisocial), with the reasoning added to steps. */
        char grade(int level, List<String> steps, DoctorTimeline t) {
            boolean onCall = onCallPeriods > 0;
            boolean shiftsToo = shifts > 0;
            boolean fy1 = t.doctor().grade().trim().equalsIgnoreCase("FY1");
            String rotaType = onCall ? (shiftsToo ? "hybrid (shifts and on-call)" : "on-call") : "shift";
            steps.add("3. Rota type: " + rotaType + ".");
            boolean shiftA = false;
            if (!onCall || shiftsToo) {
                double share = dutyMinutes == 0 ? 0 : outOfHoursMinutes / dutyMinutes;
                int weekendTest = level == 2 ? 3 : 4;
                boolean hoursTest = share > THIRD + 1e-12;
                // "1 in N or more often": weeks ÷ weekends ≤ N
                boolean weekendMet = weekends > 0 && weeks <= weekendTest * weekends + 1e-9;
                steps.add(String.format(Locale.UK, "   Out-of-hours duty (outside 07:00–19:00 Mon–Fri, bank holidays out of hours)%s: %s of %s"
                                + " = %.3f of duty, %s a third.", onCall ? " of the shifts" : "", Hours.format(outOfHoursMinutes), Hours.format(dutyMinutes),
                        share, hoursTest ? "more than" : "not more than"));
                steps.add("   Weekends (any " + (onCall ? "shift" : "duty") + " from Friday 19:00 to Monday 07:00): " + weekends + " in " + fmt(weeks)
                        + " weeks" + (weekends > 0 ? " = 1 in " + fmt(weeks / weekends) : "") + "; the band-" + level
                        + " test is 1 in " + weekendTest + " or more often: " + (weekendMet ? "met." : "not met."));
                shiftA = hoursTest || weekendMet;
                steps.add("   Shift tests: " + (shiftA ? "most antisocial." : "less antisocial."));
                if (!onCall) {
                    return shiftA ? 'A' : 'B';
                }
            }
            double n = frequencyDays / onCallPeriods;
            double high = cover ? 6 : 5;
            double mid = cover ? 8 : (fy1 ? 6.5 : 7);
            steps.add(String.format(Locale.UK, "   On-call: %d periods in %s days%s = 1 in %s; criterion R %s.",
                    onCallPeriods, fmt(frequencyDays), cover ? " (less leave, prospective cover)" : "", fmt(n),
                    criterionR ? "met (resident, or at least 4 h work after 19:00 on half the periods)" : "not met"));
            boolean frequent = n <= high + 1e-9;
            boolean moderate = n <= mid + 1e-9;
            char grade;
            if ((criterionR && frequent) || shiftA) {
                grade = 'A';
                steps.add("   " + (shiftA ? "The shifts are most antisocial" : "Criterion R with on-call 1 in " + fmt(high)
                        + " or more often") + ": most antisocial.");
            } else if (level == 2 || criterionR || moderate || shiftsToo) {
                grade = 'B';
                steps.add("   " + (criterionR ? "Criterion R but on-call rarer than 1 in " + fmt(high)
                        : moderate ? "On-call 1 in " + fmt(mid) + " or more often without criterion R"
                        : level == 2 ? "Band 2 has no C" : "Shifts as well as on-call") + ": moderately antisocial.");
            } else {
                grade = 'C';
                steps.add("   On-call from home rarer than 1 in " + fmt(mid) + " without criterion R: least antisocial.");
            }
            return grade;
        }
    }
}
