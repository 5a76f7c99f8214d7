package org.rotaguard.io.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.rotaguard.core.check.DoctorCheck;
import org.rotaguard.core.check.HoursSummary;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rules.Violation;
import org.rotaguard.core.time.Hours;

/** The check report for people: per doctor, an hours summary and the findings in time order. */
public final class CheckText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final int WIDTH = 78;

    private CheckText() {
    }

    public static String write(RotaCheck check) {
        StringBuilder out = new StringBuilder();
        Rota rota = check.rota();
        out.append(rota.name().isEmpty() ? "Rota" : rota.name()).append('\n');
        out.append("Contract  ").append(check.contract().id()).append(" — ").append(check.contract().name()).append('\n');
        out.append("Rota      ");
        if (rota.isCyclic()) {
            int weeks = ((org.rotaguard.core.rota.Template) rota.schedule()).weekCount();
            out.append(weeks).append("-week cycle from ");
        } else {
            out.append("dated roster from ");
        }
        out.append(DATE.format(rota.start())).append(", ").append(rota.doctors().size())
                .append(rota.doctors().size() == 1 ? " doctor" : " doctors").append(" (").append(rota.zone().getId())
                .append(")\n");
        long failing = check.doctors().stream().filter(d -> !d.compliant()).count();
        out.append("Result    ");
        if (failing == 0) {
            out.append("COMPLIANT: no doctor breaks any rule\n");
        } else {
            out.append("NOT COMPLIANT: ").append(failing).append(" of ").append(check.doctors().size())
                    .append(" doctors break rules (").append(check.violationCount())
                    .append(check.violationCount() == 1 ? " finding" : " findings").append(")\n");
        }
        for (DoctorCheck d : check.doctors()) {
            out.append('\n');
            doctor(out, d);
        }
        return out.toString();
    }

    private static void doctor(StringBuilder out, DoctorCheck check) {
        Doctor doctor = check.doctor();
        StringBuilder title = new StringBuilder(doctor.name().isEmpty() ? doctor.id() : doctor.name() + " (" + doctor.id() + ")");
        if (!doctor.grade().isEmpty()) {
            title.append(" · ").append(doctor.grade());
        }
        if (doctor.line() > 0) {
            title.append(" · line ").append(doctor.line());
        }
        if (doctor.lessThanFullTime()) {
            title.append(" · LTFT ").append(percent(doctor.ltft()));
        }
        if (doctor.wtrOptOut()) {
            title.append(" · WTR opt-out");
        }
        String verdict = check.compliant() ? "compliant" : check.violations().size()
                + (check.violations().size() == 1 ? " finding" : " findings");
        out.append(title).append(" ".repeat(Math.max(2, WIDTH - title.length() - verdict.length()))).append(verdict)
                .append('\n');
        HoursSummary s = check.summary();
        out.append("  average ").append(decimal(s.averageWeeklyHours())).append(" h/week · most in any 168 h ")
                .append(decimal(s.maxHoursIn168())).append(" h · weekends ").append(s.weekendsWorked()).append(" in ")
                .append(decimal(s.weeks()).replace(".00", "")).append(" weeks")
                .append(s.weekendsWorked() == 0 ? "" : " (1 in " + decimal(s.weeks() / s.weekendsWorked())
                        .replace(".00", "") + ")").append('\n');
        out.append("  ").append(s.shifts()).append(s.shifts() == 1 ? " shift" : " shifts").append(" (")
                .append(s.nights()).append(" nights, ").append(s.longShifts()).append(" long) · ")
                .append(s.onCallPeriods()).append(s.onCallPeriods() == 1 ? " on-call period" : " on-call periods")
                .append(" · ").append(decimal(s.totalHours())).append(" h in all\n");
        int n = 1;
        for (Violation v : check.violations()) {
            out.append("  ").append(n++).append(". ").append(Hours.span(v.start(), v.end())).append("  ")
                    .append(v.rule()).append("  (limit ").append(v.limit()).append(", found ").append(v.actual())
                    .append(")\n");
            wrap(out, v.message(), "     ");
            out.append("     Source: ").append(v.reference()).append('\n');
        }
    }

    private static void wrap(StringBuilder out, String text, String indent) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    private static String decimal(double value) {
        return String.format(Locale.UK, "%.2f", value);
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
