package org.rotaguard.core.fatigue;

import java.util.Arrays;
import org.rotaguard.core.time.ZoneClock;

/**
 * Infers when a doctor sleeps from the duty times alone, by rule set "sleep-v1"
 * (docs/fatigue.md): a habitual 23:00 night sleep of the needed length, cut short by the hour
 * before an early duty and delayed by the hour after a late one; a fixed day sleep after each
 * night duty; a nap before the first night of a run. Thread-safe.
 */
public final class SleepInference {
    private final SleepRules rules;
    private final int sleepNeed;
    private final int preDuty;
    private final int postDuty;
    private final int daySleep;
    private final int nap;
    private final int lateBedLimit;
    private final int minSleep;
    private final int bedtime;
    private final int nightFrom;
    private final int nightTo;
    private final int nightMinimum;

    public SleepInference(SleepRules rules) {
        this.rules = rules;
        sleepNeed = SleepRules.minutes(rules.sleepNeed());
        preDuty = SleepRules.minutes(rules.preDuty());
        postDuty = SleepRules.minutes(rules.postDuty());
        daySleep = SleepRules.minutes(rules.daySleepAfterNight());
        nap = SleepRules.minutes(rules.preNightNap());
        lateBedLimit = SleepRules.minutes(rules.lateBedLimit());
        minSleep = Math.max(1, SleepRules.minutes(rules.minSleep())); // a sleep has some length
        bedtime = SleepRules.minuteOfDay(rules.habitualBedtime());
        nightFrom = SleepRules.minuteOfDay(rules.nightFrom());
        nightTo = SleepRules.minuteOfDay(rules.nightTo());
        nightMinimum = SleepRules.minutes(rules.nightMinimum());
    }

    public SleepRules rules() {
        return rules;
    }

    /**
     * The sleep of a doctor whose duties are {@code [start[k], end[k])} (epoch minutes, sorted by
     * start), over the simulation {@code [from, to]}.
     */
    public SleepEpisodes infer(int[] start, int[] end, int count, int from, int to, ZoneClock clock) {
        return infer(start, end, count, from, to, clock, new LocalClock(clock.zone(), from - 2880, to + 2880));
    }

    SleepEpisodes infer(int[] start, int[] end, int count, int from, int to, ZoneClock clock, LocalClock local) {
        Placer placer = new Placer(clock, local);
        boolean previousNight = false;
        int windowStart = from;
        for (int k = 0; k < count; k++) {
            boolean night = isNight(start[k], end[k], clock, local);
            int windowEnd = start[k] - preDuty;
            placer.window(windowStart, windowEnd, previousNight, night && !previousNight);
            // Overlapping or nested duties: rest starts after whichever ends last.
            windowStart = Math.max(windowStart, end[k] + postDuty);
            previousNight = night;
        }
        placer.window(windowStart, to, previousNight, false);
        return SleepEpisodes.inferred(placer.start, placer.end, placer.n);
    }

    /** A night duty: at least the minimum of elapsed time inside the local night windows. */
    boolean isNight(int start, int end, ZoneClock clock, LocalClock local) {
        boolean wraps = nightTo <= nightFrom;
        long inside = 0;
        for (long day = local.localDay(start) - 1; day <= local.localDay(end); day++) {
            int windowStart = clock.toEpochMinute(day, nightFrom);
            int windowEnd = clock.toEpochMinute(wraps ? day + 1 : day, nightTo);
            inside += Math.max(0, Math.min(end, windowEnd) - Math.max(start, windowStart));
        }
        return inside >= nightMinimum;
    }

    /** Places the sleeps of one rest window after another, in time order. */
    private final class Placer {
        private final ZoneClock clock;
        private final LocalClock local;
        int[] start = new int[64];
        int[] end = new int[64];
        int n;

        Placer(ZoneClock clock, LocalClock local) {
            this.clock = clock;
            this.local = local;
        }

        void window(int ws, int we, boolean afterNight, boolean napBefore) {
            if (we <= ws) {
                return;
            }
            int cursor = ws;
            if (afterNight) {
                int wake = Math.min(ws + daySleep, we);
                if (wake - ws >= minSleep) {
                    place(ws, wake);
                    cursor = wake;
                }
            }
            for (long day = local.localDay(ws) - 1; ; day++) {
                int nominal = clock.toEpochMinute(day, bedtime);
                if (nominal >= we) {
                    break;
                }
                int bed = Math.max(nominal, cursor);
                if (bed <= nominal + lateBedLimit && bed < we) {
                    int wake = Math.min(bed + sleepNeed, we);
                    if (wake - bed >= minSleep) {
                        place(bed, wake);
                        cursor = wake;
                    }
                }
            }
            if (napBefore) {
                int napStart = Math.max(Math.max(we - nap, cursor), ws);
                if (we - napStart >= minSleep) {
                    place(napStart, we);
                }
            }
        }

        private void place(int from, int to) {
            if (n > 0 && from < end[n - 1]) {
                throw new IllegalStateException("inferred sleeps overlap at epoch minute " + from);
            }
            if (n == start.length) {
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
            }
            start[n] = from;
            end[n] = to;
            n++;
        }
    }
}
