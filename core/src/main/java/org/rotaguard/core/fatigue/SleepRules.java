package org.rotaguard.core.fatigue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The parameters of the rota → sleep inference, rule set "sleep-v1": how much a doctor is
 * assumed to sleep, and when, given only the duty times. A project convention, not a
 * published model; each value can be changed (for example {@code preNightNap} = 0 for a
 * worst-case view). All durations are whole minutes of elapsed time; clock times are local.
 *
 * @param name                the name of the rule set, carried by every result
 * @param habitualBedtime     habitual bedtime on an unconstrained night (23:00)
 * @param sleepNeed           length of a main night sleep when nothing constrains it (8 h)
 * @param preDuty             awake at least this long before a duty starts (1 h)
 * @param postDuty            not asleep until this long after a duty ends (1 h)
 * @param daySleepAfterNight  sleep taken straight after a night duty (6 h)
 * @param preNightNap         nap before the first night of a run, ending {@code preDuty} before it (2 h)
 * @param lateBedLimit        a night's bedtime may slip past the habitual bedtime by at most this (6 h)
 * @param minSleep            shorter candidate sleeps are dropped (1 h)
 * @param nightFrom           start of the night window that makes a duty a night duty (23:00)
 * @param nightTo             end of that window, next day when earlier (06:00)
 * @param nightMinimum        a night duty has at least this much inside the window (3 h)
 */
public record SleepRules(String name, LocalTime habitualBedtime, Duration sleepNeed, Duration preDuty,
                         Duration postDuty, Duration daySleepAfterNight, Duration preNightNap,
                         Duration lateBedLimit, Duration minSleep, LocalTime nightFrom, LocalTime nightTo,
                         Duration nightMinimum) {

    /** The rule set "sleep-v1" with its default values. */
    public static final SleepRules SLEEP_V1 = new SleepRules("sleep-v1", LocalTime.of(23, 0), Duration.ofHours(8),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(2), Duration.ofHours(6),
            Duration.ofHours(1), LocalTime.of(23, 0), LocalTime.of(6, 0), Duration.ofHours(3));

    public SleepRules {
        Objects.requireNonNull(name, "name");
        for (LocalTime t : new LocalTime[] {habitualBedtime, nightFrom, nightTo}) {
            Objects.requireNonNull(t, "clock time");
            if (t.getSecond() != 0 || t.getNano() != 0) {
                throw new IllegalArgumentException("clock times are whole minutes: " + t);
            }
        }
        for (Duration d : new Duration[] {sleepNeed, preDuty, postDuty, daySleepAfterNight, preNightNap,
                lateBedLimit, minSleep, nightMinimum}) {
            Objects.requireNonNull(d, "duration");
            if (d.isNegative() || d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
                throw new IllegalArgumentException("durations are whole, non-negative minutes: " + d);
            }
            if (d.compareTo(Duration.ofDays(2)) > 0) {
                throw new IllegalArgumentException("durations are at most 48 hours: " + d);
            }
        }
        if (sleepNeed.isZero()) {
            throw new IllegalArgumentException("the sleep need must be positive");
        }
        if (nightFrom.equals(nightTo)) {
            throw new IllegalArgumentException("the night window needs different start and end times");
        }
    }

    /** A copy with a different pre-night nap (zero for none). */
    public SleepRules withPreNightNap(Duration nap) {
        return new SleepRules(name + (nap.equals(preNightNap) ? "" : "+nap=" + nap.toMinutes() + "m"), habitualBedtime,
                sleepNeed, preDuty, postDuty, daySleepAfterNight, nap, lateBedLimit, minSleep, nightFrom, nightTo,
                nightMinimum);
    }

    static int minutes(Duration d) {
        return (int) d.toMinutes();
    }

    static int minuteOfDay(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }
}
