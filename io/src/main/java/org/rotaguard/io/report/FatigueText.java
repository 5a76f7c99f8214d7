package org.rotaguard.io.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rotaguard.core.fatigue.DoctorFatigue;
import org.rotaguard.core.fatigue.DutyFatigue;
import org.rotaguard.core.fatigue.FatigueBand;
import org.rotaguard.core.fatigue.RotaFatigue;
import org.rotaguard.core.fatigue.SleepSource;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rota.Template;
import org.rotaguard.core.time.Hours;

/**
 * The fatigue report for people: per doctor, the duties by band, the time on duty in each
 * band and the worst shifts with their time, peak and band.
 */
public final class FatigueText {
    /** Worst shifts listed per doctor. */
    public static final int WORST = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final int WIDTH = 78;

    private FatigueText() {
    }

    public static String write(RotaFatigue fatigue) {
        StringBuilder out = new StringBuilder();
        Rota rota = fatigue.rota();
        out.append(rota.name().isEmpty() ? "Rota" : rota.name()).append('\n');
        out.append("Model     Three Process Model of alertness (").append(fatigue.model().tpm().name())
                .append("), sleep by rule set ").append(fatigue.model().sleep().name()).append('\n');
        out.append("Rota      ");
        if (rota.isCyclic()) {
            out.append(((Template) rota.schedule()).weekCount()).append("-week cycle from ");
        } else {
            out.append("dated roster from ");
        }
        out.append(DATE.format(rota.start())).append(", ").append(rota.doctors().size())
                .append(rota.doctors().size() == 1 ? " doctor" : " doctors").append(" (").append(rota.zone().getId())
                .append(")\n");
        out.append(rota.isCyclic() ? "          the model is warmed up over the cycle before\n"
                : "          each doctor starts rested, asleep from 23:00 the evening before\n");
        out.append("Bands     highest predicted KSS (Karolinska Sleepiness Scale, 1-9) on the duty:\n"
                + "          green below 7, amber 7 (sleepy), red 8 and over (effort to stay awake)\n");
        int duties = fatigue.dutyCount();
        int amber = 0;
        int red = 0;
        DoctorFatigue worstDoctor = null;
        DutyFatigue worst = null;
        for (DoctorFatigue d : fatigue.doctors()) {
            amber += d.dutiesIn(FatigueBand.AMBER);
            red += d.dutiesIn(FatigueBand.RED);
            for (DutyFatigue duty : d.worst(1)) {
                if (worst == null || duty.maxKss() > worst.maxKss()) {
                    worst = duty;
                    worstDoctor = d;
                }
            }
        }
        out.append("Result    ").append(duties).append(duties == 1 ? " duty" : " duties").append(": ")
                .append(duties - amber - red).append(" green, ").append(amber).append(" amber, ").append(red)
                .append(" red");
        if (worst != null) {
            out.append("\nWorst     ").append(kss(worst.maxKss())).append(": ").append(label(worstDoctor.doctor()))
                    .append(", ").append(worst.type().code()).append(' ')
                    .append(Hours.span(worstDoctor.zoned(worst.start()), worstDoctor.zoned(worst.end())));
        }
        out.append('\n');
        for (DoctorFatigue d : fatigue.doctors()) {
            out.append('\n');
            doctor(out, d);
        }
        boolean onCall = fatigue.doctors().stream().flatMap(d -> d.duties().stream()).anyMatch(d -> d.type().onCall());
        out.append("\nPredictions are group averages for the assumed sleep (docs/fatigue.md).\n");
        if (onCall) {
            out.append("On-call periods with work expected are scored as if awake throughout: no sleep is\n"
                    + "assumed during them. Give real sleep times with --sleep for a truer picture.\n");
        }
        return out.toString();
    }

    private static void doctor(StringBuilder out, DoctorFatigue d) {
        Doctor doctor = d.doctor();
        StringBuilder title = new StringBuilder(label(doctor));
        if (!doctor.grade().isEmpty()) {
            title.append(" · ").append(doctor.grade());
        }
        if (doctor.line() > 0) {
            title.append(" · line ").append(doctor.line());
        }
        int n = d.duties().size();
        String counts = n == 0 ? "no duties" : n + (n == 1 ? " duty: " : " duties: ") + d.dutiesIn(FatigueBand.GREEN)
                + " green, " + d.dutiesIn(FatigueBand.AMBER) + " amber, " + d.dutiesIn(FatigueBand.RED) + " red";
        out.append(title).append(" ".repeat(Math.max(2, WIDTH - title.length() - counts.length()))).append(counts)
                .append('\n');
        if (n == 0) {
            return;
        }
        out.append("  on duty: green ").append(Hours.format(d.minutesIn(FatigueBand.GREEN))).append(" · amber ")
                .append(Hours.format(d.minutesIn(FatigueBand.AMBER))).append(" · red ")
                .append(Hours.format(d.minutesIn(FatigueBand.RED))).append(" · sleep ").append(source(d))
                .append('\n');
        List<DutyFatigue> worst = d.worst(WORST);
        out.append(worst.size() == 1 ? "  worst shift:\n" : "  worst shifts:\n");
        int rank = 1;
        for (DutyFatigue duty : worst) {
            String when = Hours.span(d.zoned(duty.start()), d.zoned(duty.end()));
            out.append(String.format(Locale.UK, "    %d. %-27s %-4s KSS %s at %s  %-5s", rank++, when,
                    duty.type().code(), kss(duty.maxKss()).substring(4), Hours.clock(d.zoned(duty.peakAt())),
                    duty.band().id()));
            if (duty.minutesKssAtLeast7() > 0) {
                out.append("  ").append(Hours.format(duty.minutesKssAtLeast7())).append(" at 7+");
                if (duty.minutesKssAtLeast8() > 0) {
                    out.append(", ").append(Hours.format(duty.minutesKssAtLeast8())).append(" at 8+");
                }
            }
            out.append('\n');
        }
    }

    private static String source(DoctorFatigue d) {
        String text = d.sleepSource() == SleepSource.INFERRED ? "inferred"
                : d.sleepSource() == SleepSource.SUPPLIED ? "as supplied" : "as supplied, inferred elsewhere";
        if (d.suppliedSleepUnused() > 0) {
            text += " (" + d.suppliedSleepUnused() + " supplied sleep" + (d.suppliedSleepUnused() == 1 ? "" : "s")
                    + " outside the modelled period not used)";
        }
        return text;
    }

    private static String label(Doctor doctor) {
        return doctor.name().isEmpty() ? doctor.id() : doctor.name() + " (" + doctor.id() + ")";
    }

    private static String kss(double value) {
        return String.format(Locale.UK, "KSS %.2f", value);
    }
}
