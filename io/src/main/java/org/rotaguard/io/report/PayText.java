package org.rotaguard.io.report;

import java.util.Locale;
import org.rotaguard.core.pay.DoctorPay;
import org.rotaguard.core.pay.Money;
import org.rotaguard.core.pay.PayElement;
import org.rotaguard.core.pay.RotaPay;
import org.rotaguard.core.rota.Doctor;

/** The pay report for people: per doctor, each element with the working behind it. */
public final class PayText {
    private PayText() {
    }

    public static String write(RotaPay pay, String contractName, String scaleSource) {
        StringBuilder out = new StringBuilder();
        out.append(pay.rota().name().isEmpty() ? "Rota" : pay.rota().name()).append('\n');
        out.append("Contract  ").append(pay.contract()).append(contractName.isEmpty() ? "" : " — " + contractName)
                .append('\n');
        out.append("Pay year  ").append(pay.payYear()).append(scaleSource.isEmpty() ? "" : " (" + scaleSource + ")")
                .append('\n');
        out.append("Amounts are pounds a year; each element is rounded to the penny.\n");
        for (DoctorPay d : pay.doctors()) {
            out.append('\n');
            doctor(out, d);
        }
        return out.toString();
    }

    public static void doctor(StringBuilder out, DoctorPay pay) {
        Doctor doctor = pay.doctor();
        out.append(doctor.name().isEmpty() ? doctor.id() : doctor.name() + " (" + doctor.id() + ")");
        if (!doctor.grade().isEmpty()) {
            out.append(" · ").append(doctor.grade());
        }
        out.append(" · ").append(facts(pay)).append('\n');
        out.append("  ").append(hours(pay)).append('\n');
        for (String note : pay.notes()) {
            out.append("  Note: ").append(note).append('\n');
        }
        for (PayElement e : pay.elements()) {
            if (!shown(pay, e)) {
                continue;
            }
            out.append(String.format(Locale.UK, "  %-32s %14s%n", e.title(), Money.format(e.amount())));
            if (!e.rule().isEmpty()) {
                out.append("      rule: ").append(e.rule()).append('\n');
            }
            for (String step : e.working()) {
                out.append("      ").append(step).append('\n');
            }
        }
        out.append(String.format(Locale.UK, "  %-32s %14s%n", "Total", Money.format(pay.total())));
    }

    /** Pay point, basic salary, full or less than full time and the 2002 band: "pay point 4a (£67,325 full-time basic) · full time". */
    public static String facts(DoctorPay pay) {
        Doctor doctor = pay.doctor();
        StringBuilder out = new StringBuilder();
        out.append("pay point ").append(pay.payPoint()).append(" (").append(Money.formatShort(
                java.math.BigDecimal.valueOf(pay.basicSalary()))).append(" full-time basic)");
        out.append(doctor.lessThanFullTime() ? String.format(Locale.UK, " · less than full time %.2f", doctor.ltft())
                : " · full time");
        if (pay.band() != null) {
            out.append(" · band ").append(pay.band());
        }
        return out.toString();
    }

    /** The hours, weekends and on-call periods the elements count, in one line. */
    public static String hours(DoctorPay pay) {
        return String.format(Locale.UK, "%sh a week %s, %s",
                Money.hours(pay.averageWeeklyHours()), pay.band() != null ? "of actual work"
                        : "rostered, " + Money.hours(pay.nightHoursPerWeek()) + "h a week enhanced (night)",
                pay.weekendFrequency().map(f -> pay.weekendsWorked() + (pay.weekendsWorked() == 1 ? " weekend" : " weekends")
                        + " in "
                        + Money.hours(pay.weeks()).replace(".00", "") + " weeks (1 in "
                        + Money.hours(f).replace(".00", "") + ")").orElse("no weekends"))
                + (pay.onCallPeriods() > 0 ? ", " + pay.onCallPeriods() + " on-call periods" : "");
    }

    /** Whether the report shows an element: under the 2002 contract the 2016 pay system's elements are left out. */
    public static boolean shown(DoctorPay pay, PayElement e) {
        return pay.band() == null || !e.rule().isEmpty() || e.amount().signum() != 0;
    }
}
