package org.rotaguard.core.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.rotaguard.core.pay.Money;
import org.rotaguard.core.pay.NightHours;
import org.rotaguard.core.pay.PayRules;
import org.rotaguard.core.pay.PayScale;
import org.rotaguard.core.rota.ShiftType;
import org.rotaguard.core.time.Hours;
import org.rotaguard.core.time.ZoneClock;

/**
 * Pay for the additional minutes of one report, with its working: the minutes split by rate band,
 * the hourly rate used and the amount. Additional hours are paid at the doctor's hourly basic rate
 * plus any applicable enhancement (exception-reporting.md §5, MED): the hourly rate is the
 * full-time basic salary ÷ 52.143 ÷ 40, as the pay circulars' penalty tables use (pay-circulars.md
 * §2.2, HIGH) and docs/pay.md; minutes that the 2016 night rules (A, B, C; core.pay.NightHours)
 * qualify, judged on the duty as actually worked, carry the 37% night enhancement.
 *
 * @param basicMinutes    additional minutes at the basic rate
 * @param enhancedMinutes additional minutes at basic + night enhancement
 * @param hourlyRate      the hourly basic rate, unrounded (to 6 decimals)
 * @param amount          total, to the penny
 */
public record PayClaim(String reportId, int minutes, int basicMinutes, int enhancedMinutes, int basicAnnualSalary,
                       String payPoint, BigDecimal hourlyRate, BigDecimal nightRate, BigDecimal basicAmount,
                       BigDecimal enhancedAmount, BigDecimal amount, String contract, List<String> working) {
    /** Weeks in a year, as the circulars divide an annual salary. */
    public static final BigDecimal WEEKS_PER_YEAR = new BigDecimal("52.143");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    /** Exact decimal arithmetic for the rates; rounded to the penny only at the end. */
    private static final java.math.MathContext EXACT = java.math.MathContext.DECIMAL64;

    public PayClaim {
        working = List.copyOf(working);
    }

    /** The claim for a report whose compensation is pay (chosen, agreed, or converted from TOIL). */
    public static PayClaim of(ReportView view, int basicAnnualSalary, String payPoint, PayRules rules) {
        if (view.compensation().orElse(null) != Compensation.PAY) {
            throw new IllegalArgumentException("report " + view.reportId() + " is not compensated by pay ("
                    + view.state() + ")");
        }
        return of(view.reportId(), view.submission(), basicAnnualSalary, payPoint, rules);
    }

    /**
     * The claim at the basic salary of {@code payPoint} on {@code scale} (the pay year in force on the
     * day of the work, chosen by the caller).
     */
    public static PayClaim of(ReportView view, PayScale scale, String payPoint, PayRules rules) {
        int basic = scale.basicAt(payPoint).orElseThrow(() -> new IllegalArgumentException("pay point " + payPoint
                + " is not on the " + scale.payYear() + " scale (points: "
                + String.join(", ", new java.util.TreeSet<>(scale.basic().keySet())) + ")"));
        return of(view, basic, payPoint + " of " + scale.payYear(), rules);
    }

    /** The claim for a submission's additional minutes at a full-time basic salary. */
    public static PayClaim of(String reportId, Submission s, int basicAnnualSalary, String payPoint, PayRules rules) {
        if (basicAnnualSalary <= 0) {
            throw new IllegalArgumentException("a pay claim needs the doctor's basic salary (pounds a year)");
        }
        ZoneClock clock = ZoneClock.london();
        ZonedDateTime ws = s.workedStart().withZoneSameInstant(clock.zone());
        ZonedDateTime we = s.workedEnd().withZoneSameInstant(clock.zone());
        int start = (int) (ws.toEpochSecond() / 60);
        int end = (int) (we.toEpochSecond() / 60);
        int day = (int) ws.toLocalDate().toEpochDay();
        ShiftType worked = s.onCall()
                ? ShiftType.onCall("W", ws.toLocalTime(), we.toLocalTime(), Duration.ZERO)
                : ShiftType.shift("W", ws.toLocalTime(), we.toLocalTime());
        int enhanced = 0;
        List<int[]> extra = extraIntervals(s, start, end);
        for (int[] span : extra) {
            enhanced += NightHours.qualifyingMinutes(worked, day, start, end, span[0], span[1], clock, rules);
        }
        int minutes = s.extraMinutes();
        int basicMinutes = minutes - enhanced;
        BigDecimal hourly = BigDecimal.valueOf(basicAnnualSalary).divide(WEEKS_PER_YEAR, EXACT)
                .divide(BigDecimal.valueOf(rules.basicWeeklyHours()), EXACT);
        BigDecimal enhancedHourly = hourly.multiply(BigDecimal.ONE.add(rules.nightRate()), EXACT);
        BigDecimal basicAmount = Money.pence(hourly.multiply(BigDecimal.valueOf(basicMinutes)).divide(SIXTY,
                EXACT));
        BigDecimal enhancedAmount = Money.pence(enhancedHourly.multiply(BigDecimal.valueOf(enhanced)).divide(SIXTY,
                EXACT));
        BigDecimal amount = basicAmount.add(enhancedAmount);
        List<String> working = new ArrayList<>();
        working.add("Worked " + Hours.span(ws, we) + (s.rostered() ? " against rostered "
                + Hours.span(s.rosteredStart().withZoneSameInstant(clock.zone()),
                s.rosteredEnd().withZoneSameInstant(clock.zone())) : " with no duty rostered") + ": "
                + Hours.format(minutes) + " additional.");
        working.add("Night enhancement (rules A, B" + (rules.ruleC() ? ", C" : "") + (s.onCall() ? "; on call: rule A only" : "")
                + ", judged on the duty as worked): " + Hours.format(enhanced) + " of the additional time; "
                + Hours.format(basicMinutes) + " at the basic rate.");
        working.add("Hourly basic rate" + (payPoint == null || payPoint.isBlank() ? "" : " (point " + payPoint + ")") + ": "
                + Money.formatShort(BigDecimal.valueOf(basicAnnualSalary)) + " ÷ 52.143 ÷ " + rules.basicWeeklyHours()
                + " = " + Money.rate(hourly) + ".");
        working.add("Basic: " + Money.hours(basicMinutes / 60.0) + "h × " + Money.rate(hourly) + " = "
                + Money.format(basicAmount) + ".");
        if (enhanced > 0) {
            working.add("Enhanced: " + Money.hours(enhanced / 60.0) + "h × " + Money.rate(hourly) + " × "
                    + BigDecimal.ONE.add(rules.nightRate()).stripTrailingZeros().toPlainString() + " = "
                    + Money.format(enhancedAmount) + ".");
        }
        working.add("Total: " + Money.format(amount) + ".");
        return new PayClaim(reportId, minutes, basicMinutes, enhanced, basicAnnualSalary,
                payPoint == null ? "" : payPoint, hourly.setScale(6, java.math.RoundingMode.HALF_UP), rules.nightRate(),
                basicAmount, enhancedAmount, amount, rules.contract(), working);
    }

    /** The parts of the worked time outside the rostered duty, in epoch minutes. */
    private static List<int[]> extraIntervals(Submission s, int start, int end) {
        List<int[]> out = new ArrayList<>();
        if (!s.rostered()) {
            out.add(new int[] {start, end});
            return out;
        }
        int rs = (int) (s.rosteredStart().toEpochSecond() / 60);
        int re = (int) (s.rosteredEnd().toEpochSecond() / 60);
        if (start < rs) {
            out.add(new int[] {start, Math.min(end, rs)});
        }
        if (end > re) {
            out.add(new int[] {Math.max(start, re), end});
        }
        return out;
    }
}
