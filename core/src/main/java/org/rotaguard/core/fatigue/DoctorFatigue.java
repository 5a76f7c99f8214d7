package org.rotaguard.core.fatigue;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.time.ZoneClock;

/**
 * One doctor's predicted sleepiness: every scored duty in time order, the sleep the model
 * ran on, and where the simulation started and ended.
 *
 * @param doctor              the doctor
 * @param clock               the rota's clock, to turn epoch minutes into local times
 * @param simulationStart     start of the simulation (a 23:00 sleep onset), epoch minutes
 * @param simulationEnd       end of the simulation, epoch minutes
 * @param reportStart         local midnight starting the report range: duties before it only warm the model up
 * @param sleep               the sleep the model ran on, inferred and supplied
 * @param suppliedSleepUnused supplied sleep periods lying wholly outside the simulation
 * @param duties              scored duties in time order
 */
public record DoctorFatigue(Doctor doctor, ZoneClock clock, int simulationStart, int simulationEnd,
                            int reportStart, SleepEpisodes sleep, int suppliedSleepUnused,
                            List<DutyFatigue> duties) {
    private static final Comparator<DutyFatigue> WORST_FIRST = Comparator.comparingDouble(DutyFatigue::maxKss)
            .reversed().thenComparingInt(DutyFatigue::start);

    public DoctorFatigue {
        duties = List.copyOf(duties);
    }

    /** The {@code n} duties with the highest peak KSS, worst first (earlier first on a tie). */
    public List<DutyFatigue> worst(int n) {
        return duties.stream().sorted(WORST_FIRST).limit(n).toList();
    }

    /** Duties whose band (of their highest KSS) is the given one. */
    public int dutiesIn(FatigueBand band) {
        int n = 0;
        for (DutyFatigue d : duties) {
            n += d.band() == band ? 1 : 0;
        }
        return n;
    }

    /** Minutes on duty in the given band, over all scored duties. */
    public long minutesIn(FatigueBand band) {
        long total = 0;
        for (DutyFatigue d : duties) {
            total += d.minutesIn(band);
        }
        return total;
    }

    public long minutesKssAtLeast7() {
        return minutesIn(FatigueBand.AMBER) + minutesIn(FatigueBand.RED);
    }

    public long minutesKssAtLeast8() {
        return minutesIn(FatigueBand.RED);
    }

    /** Inferred, supplied or mixed, over the sleep the model ran on. */
    public SleepSource sleepSource() {
        int supplied = 0;
        for (int i = 0; i < sleep.size(); i++) {
            supplied += sleep.supplied(i) ? 1 : 0;
        }
        if (supplied == 0) {
            return SleepSource.INFERRED;
        }
        return supplied == sleep.size() ? SleepSource.SUPPLIED : SleepSource.MIXED;
    }

    public ZonedDateTime zoned(int epochMinute) {
        return clock.toZoned(epochMinute);
    }
}
