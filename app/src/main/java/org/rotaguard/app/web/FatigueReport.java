package org.rotaguard.app.web;

import java.util.ArrayList;
import java.util.List;
import org.rotaguard.core.fatigue.DoctorFatigue;
import org.rotaguard.core.fatigue.DutyFatigue;
import org.rotaguard.core.fatigue.FatigueBand;
import org.rotaguard.core.fatigue.FatigueModel;
import org.rotaguard.core.fatigue.FatigueScorer;
import org.rotaguard.core.fatigue.RotaFatigue;
import org.rotaguard.core.fatigue.SleepSource;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.time.Hours;
import org.rotaguard.io.report.FatigueText;

/** A rota's predicted sleepiness for the fatigue page: scored as {@code rotaguard fatigue} scores it. */
public record FatigueReport(RotaFatigue fatigue, List<Doctor> doctors) {

    /** A duty as the page lists it. */
    public record Duty(int rank, String when, String code, String maxKss, String meanKss, String peakAt, String band,
                       String atLeast7, String atLeast8) {
        /** The NHS.UK tag colour of the band. */
        public String tag() {
            return band.equals("amber") ? "orange" : band;
        }
    }

    /** A doctor's chart, counts and worst shifts. */
    public record Doctor(String id, String label, String grade, String chartSvg, int duties, int green, int amber,
                         int red, String greenTime, String amberTime, String redTime, String sleep,
                         List<Duty> worst, List<Duty> all) {
    }

    static RotaFatigue score(Rota rota) {
        return new FatigueScorer(FatigueModel.DEFAULT).score(rota);
    }

    static FatigueReport of(Rota rota) {
        RotaFatigue fatigue = score(rota);
        List<Doctor> doctors = new ArrayList<>();
        for (DoctorFatigue d : fatigue.doctors()) {
            List<Duty> worst = new ArrayList<>();
            int rank = 1;
            for (DutyFatigue duty : d.worst(FatigueText.WORST)) {
                worst.add(duty(rank++, d, duty));
            }
            List<Duty> all = new ArrayList<>();
            int i = 1;
            for (DutyFatigue duty : d.duties()) {
                all.add(duty(i++, d, duty));
            }
            String label = d.doctor().label();
            doctors.add(new Doctor(d.doctor().id(), label, d.doctor().grade(), FatigueChart.svg(label, d),
                    d.duties().size(), d.dutiesIn(FatigueBand.GREEN), d.dutiesIn(FatigueBand.AMBER),
                    d.dutiesIn(FatigueBand.RED), Hours.format(d.minutesIn(FatigueBand.GREEN)),
                    Hours.format(d.minutesIn(FatigueBand.AMBER)), Hours.format(d.minutesIn(FatigueBand.RED)),
                    d.sleepSource() == SleepSource.INFERRED ? "inferred from the rota" : "as supplied", worst, all));
        }
        return new FatigueReport(fatigue, doctors);
    }

    private static Duty duty(int rank, DoctorFatigue d, DutyFatigue duty) {
        return new Duty(rank, Hours.span(d.zoned(duty.start()), d.zoned(duty.end())), duty.type().code(),
                FatigueChart.kss(duty.maxKss()), FatigueChart.kss(duty.meanKss()), Hours.clock(d.zoned(duty.peakAt())),
                duty.band().id(), duty.minutesKssAtLeast7() > 0 ? Hours.format(duty.minutesKssAtLeast7()) : "",
                duty.minutesKssAtLeast8() > 0 ? Hours.format(duty.minutesKssAtLeast8()) : "");
    }

    /** Whether any duty is on call: those are scored as if awake throughout, which the page says. */
    public boolean onCall() {
        return fatigue.doctors().stream().flatMap(d -> d.duties().stream()).anyMatch(d -> d.type().onCall());
    }
}
