package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.RotaChecker;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.Template;

/**
 * Pay under the 2002 contract: basic salary on the 2002 scale (less than full time: the F5–F9
 * fraction of it) and the banding supplement of the doctor's band, decided over the whole rota
 * cycle by {@link Banding2002} with the New Deal pack's compliance.
 */
public final class NewDealPayCalculator {
    private static final Pattern TRAINING_GRADE = Pattern.compile("(?:CT|ST|SPR|STR)(\\d{1,2})");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final ContractPack pack;
    private final Scale2002 scale;
    private final RotaChecker checker;
    private final Banding2002 banding = new Banding2002();

    public NewDealPayCalculator(ContractPack pack, Scale2002 scale) {
        this.pack = pack;
        this.scale = scale;
        this.checker = new RotaChecker(pack);
    }

    public Scale2002 scale() {
        return scale;
    }

    public RotaPay price(Rota rota) {
        List<DoctorPay> doctors = new ArrayList<>();
        Pattern2002 pattern = rota.schedule() instanceof Template template ? pattern(rota, template) : null;
        for (DoctorTimeline t : RotaLayout.layOut(rota, pack.definitions())) {
            Set<Integer> holidays = bankHolidays(rota, t);
            DoctorCheck own = checker.check(t);
            if (pattern == null) {
                doctors.add(price(t, own, holidays));
                continue;
            }
            // Every doctor on the rotated pattern shares its compliance and how antisocial it is.
            Set<String> broken = new LinkedHashSet<>(pattern.broken);
            own.violations().forEach(v -> broken.add(v.rule()));
            BandingDecision decision = banding.decide(t, new ArrayList<>(broken), pattern.antisocial,
                    "all " + pattern.lines + " lines of the template, the whole rotated pattern");
            doctors.add(price(t, decision));
        }
        return new RotaPay(rota, pack.id(), scale.payYear(), doctors);
    }

    /** The rota's bank holidays as epoch days, or the built-in England and Wales ones over the timeline's years. */
    static java.util.Set<Integer> bankHolidays(Rota rota, DoctorTimeline t) {
        java.util.Set<Integer> days = new java.util.HashSet<>();
        if (rota.bankHolidays().isPresent()) {
            rota.bankHolidays().get().forEach(d -> days.add((int) d.toEpochDay()));
            return days;
        }
        int from = java.time.LocalDate.ofEpochDay(t.knownFromDay()).getYear();
        int to = java.time.LocalDate.ofEpochDay(t.knownToDay()).getYear();
        for (int year = from; year <= to; year++) {
            org.rotaguard.core.time.BankHolidays.of(year).forEach(d -> days.add((int) d.toEpochDay()));
        }
        return days;
    }

    public DoctorPay price(DoctorTimeline t, DoctorCheck compliance) {
        return price(t, compliance, java.util.Set.of());
    }

    private record Pattern2002(int lines, List<String> broken, Banding2002.Antisocial antisocial) {
    }

    /** Compliance and antisocial measures over every line of a cyclic template. */
    private Pattern2002 pattern(Rota rota, Template template) {
        Set<String> broken = new LinkedHashSet<>();
        Banding2002.Antisocial total = null;
        boolean cover = rota.prospectiveCover().isPresent();
        for (int line = 1; line <= template.weekCount(); line++) {
            DoctorTimeline t = RotaLayout.layOut(rota, pack.definitions(), Doctor.onLine("line " + line, line));
            checker.check(t).violations().forEach(v -> broken.add(v.rule()));
            Banding2002.Antisocial a = banding.antisocial(t, cover, bankHolidays(rota, t));
            if (total == null) {
                total = a;
            } else {
                total.add(a);
            }
        }
        return new Pattern2002(template.weekCount(), new ArrayList<>(broken), total);
    }

    public DoctorPay price(DoctorTimeline t, DoctorCheck compliance, java.util.Set<Integer> bankHolidays) {
        return price(t, banding.decide(t, compliance, bankHolidays));
    }

    private DoctorPay price(DoctorTimeline t, BandingDecision decision) {
        Doctor doctor = t.doctor();
        List<String> notes = new ArrayList<>();
        Point point = point(doctor, notes);
        Integer fullBasic = scale.scales().getOrDefault(point.scale, java.util.Map.of()).get(point.point);
        if (fullBasic == null) {
            throw new PayException("doctor " + doctor.id() + ": point " + point.point + " of the 2002 " + point.scale
                    + " scale is not in the " + scale.payYear() + " data (try --pay-year 2023/24, the latest complete"
                    + " 2002 scale)");
        }
        BigDecimal full = BigDecimal.valueOf(fullBasic);
        BigDecimal basic = Money.pence(full.multiply(decision.ltftMultiplier()));
        BigDecimal supplement = Money.pence(basic.multiply(decision.supplementPercent()).divide(HUNDRED, Money.EXACT));
        List<PayElement> elements = new ArrayList<>();
        List<String> basicWorking = new ArrayList<>();
        basicWorking.add("2002 " + point.scale + " scale, point " + point.point + ": " + Money.formatShort(full) + ".");
        if (decision.ltftBasicBand() != null) {
            basicWorking.add("Less than full time, basic band " + decision.ltftBasicBand() + ": "
                    + Money.formatShort(full) + " × " + decision.ltftMultiplier() + " = " + Money.format(basic) + ".");
        }
        elements.add(new PayElement("basic", "Basic salary (2002 scale)", basic, Double.NaN,
                "2002 terms, basic salary scales", Money.formatShort(full) + " full time", basicWorking));
        for (String[] e : new String[][] {{"additionalHours", "Additional rostered hours"},
                {"nightEnhancement", "Night enhancement"}, {"weekendAllowance", "Weekend allowance"},
                {"onCallAllowance", "On-call availability allowance"}, {"flexiblePayPremia", "Flexible pay premia"}}) {
            elements.add(new PayElement(e[0], e[1], Money.pence(BigDecimal.ZERO), Double.NaN, "", "",
                    List.of("Not part of 2002 pay: the banding supplement pays for hours and when they fall.")));
        }
        List<String> steps = new ArrayList<>(decision.steps());
        steps.add(Money.percent(decision.supplementPercent()) + " × " + Money.format(basic) + " = "
                + Money.format(supplement) + ".");
        elements.add(new PayElement("bandingSupplement", "Banding supplement (band " + decision.band().id() + ")",
                supplement, NewDealActualHoursWeekly.of(t), "2002 pay banding (HSC 2000/031), band "
                + decision.band().id(), Money.percent(decision.supplementPercent()) + " of basic", steps));
        return new DoctorPay(doctor, point.scale + " " + point.point, fullBasic,
                NewDealActualHoursWeekly.of(t), nightHoursPerWeek(t), BandingWeekends.count(t, true), t.weeks(),
                banding.antisocial(t, doctor.prospectiveCover() != null).onCallPeriods, elements,
                decision.band().id(), notes);
    }

    /** Hours of work a week between 21:00 and 07:00 (for information: 2002 pay has no night rate). */
    private static double nightHoursPerWeek(DoctorTimeline t) {
        NightHours n = new NightHours();
        double minutes = 0;
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            minutes += t.shiftType(i).onCall()
                    ? n.onCallNightMinutes(t.day(i), t.start(i), t.end(i), t.workMinutes(i), t.clock())
                    : NightHours.minutesInRuleA(t.day(i), t.start(i), t.end(i), t.clock());
        }
        return minutes / 60.0 / t.weeks();
    }

    private record Point(String scale, int point) {
    }

    /** The 2002 scale point: FY1, FY2, or the StR point of the training year; else from the nodal point. */
    private static Point point(Doctor doctor, List<String> notes) {
        String grade = doctor.grade().trim().toUpperCase(Locale.ROOT);
        if (grade.equals("FY1")) {
            return new Point("FY1", 1);
        }
        if (grade.equals("FY2")) {
            return new Point("FY2", 1);
        }
        Matcher m = TRAINING_GRADE.matcher(grade);
        if (m.matches()) {
            int year = Math.max(1, Integer.parseInt(m.group(1)));
            notes.add("Grade " + doctor.grade() + ": 2002 specialty registrar scale point " + year
                    + " (one point for each year of training).");
            return new Point("StR", year);
        }
        Point p = switch (doctor.nodalPoint()) {
            case 1 -> new Point("FY1", 1);
            case 2 -> new Point("FY2", 1);
            case 3 -> new Point("StR", 1);
            case 4 -> new Point("StR", 3);
            case 5 -> new Point("StR", 6);
            default -> throw new PayException("doctor " + doctor.id()
                    + " has neither a grade nor a nodalPoint; 2002 pay needs one");
        };
        notes.add("No training grade given: nodal point " + doctor.nodalPoint() + " taken as the first year it covers, "
                + p.scale + " point " + p.point + ".");
        return p;
    }

    /** Average actual work a week as the 2002 contract counts it (with prospective cover). */
    static final class NewDealActualHoursWeekly {
        private NewDealActualHoursWeekly() {
        }

        static double of(DoctorTimeline t) {
            return org.rotaguard.core.rules.NewDealActualHoursRule.weeklyWorkMinutes(t) / 60.0;
        }
    }
}
