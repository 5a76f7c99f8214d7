package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.ShiftType;

/**
 * Prices a rota under the 2016 pay system (2016 TCS Schedule 2): basic pay, additional rostered
 * hours, the night enhancement, the weekend allowance, the on-call availability allowance,
 * flexible pay premia and the less-than-full-time allowance. Every element keeps its working.
 * Thread-safe; formulas and interpretations are in docs/pay.md.
 */
public final class PayCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final PayScale scale;
    private final PayRules rules;

    public PayCalculator(PayScale scale, PayRules rules) {
        this.scale = scale;
        this.rules = rules;
    }

    public PayScale scale() {
        return scale;
    }

    public PayRules rules() {
        return rules;
    }

    public RotaPay price(Rota rota, DutyDefinitions definitions) {
        List<DoctorPay> doctors = new ArrayList<>();
        SteadyNights steady = new SteadyNights(rules);
        for (DoctorTimeline t : RotaLayout.layOut(rota, definitions)) {
            doctors.add(price(t, steady));
        }
        return new RotaPay(rota, rules.contract(), scale.payYear(), doctors);
    }

    /** The rostered hours of one laid-out doctor that the pay elements count. */
    public HoursForPay hours(DoctorTimeline t) {
        return hours(t, new SteadyNights(rules));
    }

    private HoursForPay hours(DoctorTimeline t, SteadyNights steady) {
        HoursForPay h = new HoursForPay();
        NightHours night = new NightHours();
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            h.workMinutes += t.workMinutes(i);
            ShiftType type = t.shiftType(i);
            if (t.is(i, DutyFlags.ON_CALL)) {
                h.onCallPeriods++;
                double m = steady.isSteady(type, t.start(i), t.end(i)) ? steady.onCall(type, t.workMinutes(i))
                        : night.onCallNightMinutes(t.day(i), t.start(i), t.end(i), t.workMinutes(i), t.clock());
                h.onCallNightMinutes += m;
                h.onCallWorkMinutes += t.workMinutes(i);
                h.byType(type).add(0, 0, 0, m);
            } else {
                if (steady.isSteady(type, t.start(i), t.end(i))) {
                    steady.shift(type, night);
                } else {
                    night.measureShift(type, t.day(i), t.start(i), t.end(i), t.clock(), rules);
                }
                h.ruleA += night.ruleA;
                h.ruleB += night.ruleB;
                h.ruleC += night.ruleC;
                h.byType(type).add(night.ruleA, night.ruleB, night.ruleC, 0);
            }
        }
        h.weekendsWorked = AllowanceWeekends.count(t);
        return h;
    }

    public DoctorPay price(DoctorTimeline t) {
        return price(t, new SteadyNights(rules));
    }

    private DoctorPay price(DoctorTimeline t, SteadyNights steady) {
        Doctor doctor = t.doctor();
        PayPoint point = PayPoint.resolve(doctor, scale);
        HoursForPay h = hours(t, steady);
        double weeks = t.weeks();
        double weekly = h.workMinutes / 60.0 / weeks;
        double nightWeekly = h.nightMinutes() / 60.0 / weeks;
        BigDecimal basic = BigDecimal.valueOf(point.basic());
        BigDecimal perWeeklyHour = basic.divide(BigDecimal.valueOf(rules.basicWeeklyHours()), Money.EXACT);
        boolean ltft = doctor.lessThanFullTime();
        List<PayElement> elements = new ArrayList<>();
        elements.add(basicPay(ltft, basic, perWeeklyHour, weekly));
        elements.add(additionalHours(ltft, perWeeklyHour, weekly));
        elements.add(nightEnhancement(h, weeks, nightWeekly, perWeeklyHour));
        elements.add(weekendAllowance(doctor, h, t.reportDays(), weeks, basic));
        elements.add(onCallAllowance(doctor, h, point));
        elements.add(new PayElement("flexiblePayPremia", "Flexible pay premia", Money.pence(BigDecimal.ZERO),
                Double.NaN, "2016 TCS Schedule 2, flexible pay premia", "",
                List.of("No flexible pay premium is recorded for this doctor (the rota file does not say which"
                        + " training programme a doctor is on), so none is counted.")));
        elements.add(ltftAllowance(ltft));
        return new DoctorPay(doctor, point.point(), point.basic(), weekly, nightWeekly, h.weekendsWorked, weeks,
                h.onCallPeriods, elements, null, point.notes());
    }

    private PayElement basicPay(boolean ltft, BigDecimal basic, BigDecimal perWeeklyHour, double weekly) {
        int full = rules.basicWeeklyHours();
        if (!ltft) {
            return new PayElement("basic", "Basic pay", Money.pence(basic), full, "2016 TCS Schedule 2, basic salary",
                    "full-time basic salary " + Money.formatShort(basic),
                    List.of("Full time: the basic salary pays " + full + "h a week whenever they fall: "
                            + Money.formatShort(basic) + ".", "Per weekly hour: " + Money.formatShort(basic) + " ÷ "
                            + full + " = " + Money.rate(perWeeklyHour) + " a year for each hour of the average week."));
        }
        BigDecimal amount = Money.pence(perWeeklyHour.multiply(Money.of(weekly), Money.EXACT));
        return new PayElement("basic", "Basic pay", amount, weekly, "2016 TCS Schedule 2, less than full time: basic"
                + " pro rata to rostered hours", Money.rate(perWeeklyHour) + " per weekly hour",
                List.of("Less than full time: basic pays every rostered hour, pro rata to " + full + "h.",
                        Money.hours(weekly) + "h a week × " + Money.formatShort(basic) + " ÷ " + full + " = "
                                + Money.format(amount) + "."));
    }

    private PayElement additionalHours(boolean ltft, BigDecimal perWeeklyHour, double weekly) {
        int full = rules.basicWeeklyHours();
        if (ltft) {
            return new PayElement("additionalHours", "Additional rostered hours", Money.pence(BigDecimal.ZERO), 0,
                    "2016 TCS Schedule 2", "", List.of("Less than full time: basic pay already counts every rostered"
                    + " hour, so there are no additional hours."));
        }
        double extra = Math.max(0, weekly - full);
        BigDecimal amount = Money.pence(perWeeklyHour.multiply(Money.of(extra), Money.EXACT));
        return new PayElement("additionalHours", "Additional rostered hours", amount, extra,
                "2016 TCS Schedule 2, hours above " + full + " a week at the basic hourly rate",
                Money.rate(perWeeklyHour) + " per weekly hour",
                List.of(extra == 0 ? Money.hours(weekly) + "h a week: none above " + full + "h."
                        : Money.hours(weekly) + "h a week − " + full + "h = " + Money.hours(extra) + "h × "
                        + Money.rate(perWeeklyHour) + " = " + Money.format(amount) + "."));
    }

    private PayElement nightEnhancement(HoursForPay h, double weeks, double nightWeekly, BigDecimal perWeeklyHour) {
        BigDecimal pct = rules.nightRate().multiply(HUNDRED);
        BigDecimal amount = Money.pence(perWeeklyHour.multiply(rules.nightRate(), Money.EXACT)
                .multiply(Money.of(nightWeekly), Money.EXACT));
        List<String> working = new ArrayList<>();
        String ruleText = "rule A (21:00–07:00), rule B (start 20:00–23:59, at least "
                + org.rotaguard.core.time.Hours.format(rules.ruleBMinimum()) + ": from the start to 10:00)"
                + (rules.ruleC() ? ", rule C (ends after 00:00 and by 04:00: all hours)" : "");
        for (Map.Entry<String, TypeNights> e : h.byType.entrySet()) {
            TypeNights n = e.getValue();
            if (n.total() <= 0) {
                continue;
            }
            working.add(n.label() + ": " + n.count + " in the rota, " + org.rotaguard.core.time.Hours.format(n.total())
                    + " enhanced" + n.describe());
        }
        working.add("Enhanced hours: rule A " + org.rotaguard.core.time.Hours.format(h.ruleA) + " + rule B "
                + org.rotaguard.core.time.Hours.format(h.ruleB)
                + (rules.ruleC() ? " + rule C " + org.rotaguard.core.time.Hours.format(h.ruleC) : "")
                + (h.onCallNightMinutes > 0 ? " + on-call work "
                + org.rotaguard.core.time.Hours.format(h.onCallNightMinutes) : "") + " = "
                + org.rotaguard.core.time.Hours.format(h.nightMinutes()) + " over " + weeksText(weeks) + " weeks = "
                + Money.hours(nightWeekly) + "h a week.");
        working.add(Money.hours(nightWeekly) + "h × " + Money.percent(pct) + " × "
                + Money.rate(perWeeklyHour) + " = " + Money.format(amount) + ".");
        return new PayElement("nightEnhancement", "Night enhancement", amount, nightWeekly,
                "2016 TCS Schedule 2, night enhancement: " + ruleText,
                Money.percent(pct) + " of " + Money.rate(perWeeklyHour) + " per weekly hour", working);
    }

    private PayElement weekendAllowance(Doctor doctor, HoursForPay h, int days, double weeks, BigDecimal basic) {
        String rule = "2016 TCS Schedule 2, weekend allowance (" + rules.weekendTableName() + " table)";
        List<String> working = new ArrayList<>();
        working.add("Weekends worked (a duty starting on a Saturday or Sunday): " + h.weekendsWorked + " in "
                + weeksText(weeks) + " weeks" + (h.weekendsWorked == 0 ? "."
                : " = 1 in " + frequency(weeks / h.weekendsWorked) + "."));
        boolean ltft = doctor.lessThanFullTime();
        // A less-than-full-time doctor is banded on the full-time rota's frequency: weekends ÷ ltft.
        double fullTimeWeekends = ltft ? h.weekendsWorked / doctor.ltft() : h.weekendsWorked;
        WeekendBand band = ltft ? bandFor(fullTimeWeekends, days) : rules.weekendBand(h.weekendsWorked, days);
        if (band == null) {
            working.add(h.weekendsWorked == 0 ? "No weekend worked: no allowance."
                    : "Less frequent than 1 in " + rules.weekendTable().get(rules.weekendTable().size() - 1)
                    .oneInAtMost() + ": no allowance.");
            return new PayElement("weekendAllowance", "Weekend allowance", Money.pence(BigDecimal.ZERO), Double.NaN,
                    rule, "nil", working);
        }
        BigDecimal cash = rules.weekendCash(basic.intValueExact(), band);
        if (ltft) {
            working.add("Less than full time (" + frequency(doctor.ltft()) + "): the full-time rota works "
                    + frequency(fullTimeWeekends) + " weekends in the same " + weeksText(weeks) + " weeks (1 in "
                    + frequency(weeks / fullTimeWeekends) + ").");
        }
        working.add("Band " + band.label() + ": " + Money.percent(band.percent()) + " × " + Money.formatShort(basic)
                + " = " + Money.format(basic.multiply(band.percent()).divide(HUNDRED, Money.EXACT))
                + ", rounded up to the pound: " + Money.format(cash) + ".");
        BigDecimal amount = cash;
        if (ltft) {
            BigDecimal share = Money.of(h.weekendsWorked / fullTimeWeekends);
            amount = Money.pence(cash.multiply(share, Money.EXACT));
            working.add("Proportional commitment to the full-time weekend rota " + frequency(h.weekendsWorked) + " ÷ "
                    + frequency(fullTimeWeekends) + ": " + Money.format(cash) + " × " + frequency(share.doubleValue())
                    + " = " + Money.format(amount) + ".");
        }
        return new PayElement("weekendAllowance", "Weekend allowance", amount, Double.NaN, rule,
                Money.percent(band.percent()) + " of full-time basic", working);
    }

    private WeekendBand bandFor(double weekends, int days) {
        for (WeekendBand band : rules.weekendTable()) {
            if (days <= 7.0 * band.oneInAtMost() * weekends + 1e-9) {
                return band;
            }
        }
        return null;
    }

    private PayElement onCallAllowance(Doctor doctor, HoursForPay h, PayPoint point) {
        String rule = "2016 TCS Schedule 2, on-call availability allowance";
        if (h.onCallPeriods == 0) {
            return new PayElement("onCallAllowance", "On-call availability allowance", Money.pence(BigDecimal.ZERO),
                    Double.NaN, rule, "", List.of("No on-call period on the rota: no allowance."));
        }
        BigDecimal basic = BigDecimal.valueOf(point.basic());
        BigDecimal computed = Money.upToPound(basic.multiply(rules.onCallPercent()).divide(HUNDRED, Money.EXACT));
        Integer published = scale.onCallAllowance().get(point.point());
        BigDecimal cash = published == null ? computed : Money.pence(BigDecimal.valueOf(published));
        List<String> working = new ArrayList<>();
        working.add(h.onCallPeriods + " on-call period" + (h.onCallPeriods == 1 ? "" : "s")
                + " in the rota; the allowance does not depend on their frequency.");
        working.add(Money.percent(rules.onCallPercent()) + " × " + Money.formatShort(basic) + ", rounded up to the pound: "
                + Money.format(computed) + (published == null ? "." : "; published value " + Money.format(cash) + "."));
        BigDecimal amount = cash;
        if (doctor.lessThanFullTime()) {
            amount = Money.pence(cash.multiply(Money.of(doctor.ltft()), Money.EXACT));
            working.add("Less than full time: pro rata to the commitment to the full-time on-call rota ("
                    + frequency(doctor.ltft()) + "): " + Money.format(amount) + ".");
        }
        return new PayElement("onCallAllowance", "On-call availability allowance", amount, Double.NaN, rule,
                Money.percent(rules.onCallPercent()) + " of basic", working);
    }

    private PayElement ltftAllowance(boolean ltft) {
        String rule = "2016 TCS Schedule 2, less-than-full-time allowance";
        if (!ltft || rules.ltftAllowance() == 0) {
            return new PayElement("ltftAllowance", "Less-than-full-time allowance", Money.pence(BigDecimal.ZERO),
                    Double.NaN, rule, "", List.of(ltft ? "No less-than-full-time allowance in this version of the"
                    + " contract." : "Full time: no allowance."));
        }
        BigDecimal amount = Money.pence(BigDecimal.valueOf(rules.ltftAllowance()));
        return new PayElement("ltftAllowance", "Less-than-full-time allowance", amount, Double.NaN, rule,
                Money.formatShort(amount) + " a year", List.of("Less than full time: " + Money.formatShort(amount)
                + " a year (not paid alongside the £1,500 transitional premium; the rota file records no"
                + " transitional premium, so the allowance is paid)."));
    }

    static String weeksText(double weeks) {
        return frequency(weeks);
    }

    static String frequency(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : Money.twoPlaces(n);
    }

    /** Rostered hours of one doctor as pay counts them. */
    public static final class HoursForPay {
        public double workMinutes;
        public double onCallWorkMinutes;
        public int onCallPeriods;
        public long ruleA;
        public long ruleB;
        public long ruleC;
        public double onCallNightMinutes;
        public int weekendsWorked;
        final Map<String, TypeNights> byType = new LinkedHashMap<>();

        public double nightMinutes() {
            return ruleA + ruleB + ruleC + onCallNightMinutes;
        }

        TypeNights byType(ShiftType type) {
            return byType.computeIfAbsent(type.code(), c -> new TypeNights(type));
        }
    }

    /** Night minutes of one shift type over the cycle. */
    static final class TypeNights {
        final ShiftType type;
        int count;
        long a;
        long b;
        long c;
        double onCall;

        TypeNights(ShiftType type) {
            this.type = type;
        }

        String label() {
            return type.code() + " " + type.start() + "–" + type.end() + (type.onCall() ? " on call" : "");
        }

        void add(int ruleA, int ruleB, int ruleC, double onCallMinutes) {
            count++;
            a += ruleA;
            b += ruleB;
            c += ruleC;
            onCall += onCallMinutes;
        }

        double total() {
            return a + b + c + onCall;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (a > 0) {
                parts.add("rule A " + org.rotaguard.core.time.Hours.format(a));
            }
            if (b > 0) {
                parts.add("rule B " + org.rotaguard.core.time.Hours.format(b));
            }
            if (c > 0) {
                parts.add("rule C " + org.rotaguard.core.time.Hours.format(c));
            }
            if (onCall > 0) {
                parts.add("expected on-call work spread evenly, its share in 21:00–07:00");
            }
            return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
        }
    }
}
