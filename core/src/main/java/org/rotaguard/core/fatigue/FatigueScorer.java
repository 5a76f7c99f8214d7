package org.rotaguard.core.fatigue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rota.Rota;

/**
 * Scores every duty of a rota with the Three Process Model. For each doctor: the duties that
 * count (resident shifts, and on-call periods in which work is expected) are laid out on real
 * dates, sleep is inferred around them (or taken from real sleep a user supplied), the model
 * is run from a 23:00 sleep onset, and each duty's 5-minute epochs are summarised.
 *
 * <p>Where the simulation starts: for dated assignments, at 23:00 on the evening before the
 * first day, with the model's initial state (nothing is known before the roster); for a
 * cyclic template, at 23:00 on the evening before the preceding cycle, which then warms the
 * model up as the doctor would have lived it. Thread-safe.
 */
public final class FatigueScorer {
    private static final int DAY = 1440;
    private final FatigueModel model;
    private final ClockTerms clockTerms;
    private final SleepInference inference;

    public FatigueScorer(FatigueModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.clockTerms = new ClockTerms(model.tpm());
        this.inference = new SleepInference(model.sleep());
    }

    public FatigueModel model() {
        return model;
    }

    /** Scores every doctor of the rota on inferred sleep. */
    public RotaFatigue score(Rota rota) {
        return score(rota, Map.of());
    }

    /** Scores every doctor, using the supplied real sleep (by doctor id) where there is some. */
    public RotaFatigue score(Rota rota, Map<String, SleepEpisodes> supplied) {
        for (String id : supplied.keySet()) {
            if (rota.doctors().stream().noneMatch(d -> d.id().equals(id))) {
                throw new IllegalArgumentException("sleep supplied for doctor '" + id + "', who is not on the rota");
            }
        }
        List<DoctorTimeline> timelines = RotaLayout.layOut(rota, DutyDefinitions.TCS_2016);
        List<DoctorFatigue> doctors = new ArrayList<>(timelines.size());
        for (DoctorTimeline timeline : timelines) {
            doctors.add(score(timeline, supplied.get(timeline.doctor().id())));
        }
        return new RotaFatigue(rota, model, doctors);
    }

    /** Whether a laid-out duty counts: a resident shift, or an on-call period with work expected in it. */
    public static boolean counts(DoctorTimeline timeline, int i) {
        return !timeline.is(i, DutyFlags.ON_CALL) || timeline.workMinutes(i) > 0;
    }

    /** Scores one laid-out doctor on inferred sleep. */
    public DoctorFatigue score(DoctorTimeline timeline) {
        return score(timeline, null);
    }

    /**
     * Scores one laid-out doctor. Real sleep, when given, replaces the inferred sleep from its
     * first period to its last; periods outside the simulation are counted, not used.
     */
    public DoctorFatigue score(DoctorTimeline timeline, SleepEpisodes supplied) {
        Doctor doctor = timeline.doctor();
        int last = timeline.endReported();
        int[] start = new int[last];
        int[] end = new int[last];
        int n = 0;
        int simulationEnd = timeline.midnight(timeline.reportToDay());
        for (int i = 0; i < last; i++) {
            if (counts(timeline, i)) {
                start[n] = timeline.start(i);
                end[n] = timeline.end(i);
                simulationEnd = Math.max(simulationEnd, end[n]);
                n++;
            }
        }
        int simulationStart = timeline.clock().toEpochMinute(timeline.knownFromDay() - 1L,
                SleepRules.minuteOfDay(model.sleep().habitualBedtime()));
        LocalClock local = new LocalClock(timeline.clock().zone(), simulationStart - 2 * DAY, simulationEnd + 2 * DAY);
        SleepEpisodes sleep = inference.infer(start, end, n, simulationStart, simulationEnd, timeline.clock(), local);
        int unused = 0;
        if (supplied != null && !supplied.isEmpty()) {
            unused = supplied.countOutside(simulationStart, simulationEnd);
            sleep = SleepEpisodes.replace(sleep, supplied.clippedTo(simulationStart, simulationEnd));
        }
        ThreeProcessModel tpm = new ThreeProcessModel(model.tpm(), clockTerms, local, simulationStart, simulationEnd,
                sleep);
        DutyStats stats = new DutyStats();
        List<DutyFatigue> duties = new ArrayList<>(last - timeline.firstReported());
        for (int i = timeline.firstReported(); i < last; i++) {
            if (counts(timeline, i)) {
                duties.add(duty(timeline, i, tpm, stats));
            }
        }
        return new DoctorFatigue(doctor, timeline.clock(), simulationStart, simulationEnd,
                timeline.midnight(timeline.reportFromDay()), sleep, unused, duties);
    }

    private static DutyFatigue duty(DoctorTimeline timeline, int i, ThreeProcessModel tpm, DutyStats stats) {
        int from = timeline.start(i);
        int to = timeline.end(i);
        stats.reset();
        tpm.scan(from, to, stats);
        int step = ThreeProcessModel.STEP_MINUTES;
        if (stats.epochs == 0) {
            ModelPoint point = tpm.at(from);
            return new DutyFatigue(timeline.shiftType(i), from, to, point.kss(), point.kss(), point.alertness(),
                    point.alertness(), 0, 0, 0, from);
        }
        return new DutyFatigue(timeline.shiftType(i), from, to, stats.maxKss, stats.sumKss / stats.epochs,
                stats.minAlertness, stats.sumAlertness / stats.epochs, step * stats.epochsKss7,
                step * stats.epochsKss8, step * stats.epochs, stats.peakAt);
    }
}
