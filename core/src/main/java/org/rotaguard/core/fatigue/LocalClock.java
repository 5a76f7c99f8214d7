package org.rotaguard.core.fatigue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Reads the local wall clock at instants given in epoch minutes, over a bounded range, without
 * allocating: the zone's offset changes in the range are listed once. The circadian terms of
 * the model and the 23:00 anchors of the sleep inference use local clock time.
 */
final class LocalClock {
    private static final int DAY = 1440;
    /** Epoch minute from which offsetMinutes[i] applies; changeAt[0] is the range's start. */
    private final int[] changeAt;
    /** Offset in whole minutes (seconds of historical offsets dropped, as the model ignores seconds). */
    private final int[] offsetMinutes;

    LocalClock(ZoneId zone, int from, int to) {
        ZoneRules rules = zone.getRules();
        int[] at = new int[8];
        int[] off = new int[8];
        at[0] = Integer.MIN_VALUE;
        off[0] = minutes(rules.getOffset(Instant.ofEpochSecond(from * 60L)).getTotalSeconds());
        int n = 1;
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(from * 60L));
        while (t != null && t.getInstant().getEpochSecond() < to * 60L) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
                off = Arrays.copyOf(off, n * 2);
            }
            // Offsets change on whole minutes in every zone since 1900 except a few historical ones.
            at[n] = (int) Math.floorDiv(t.getInstant().getEpochSecond() + 59, 60);
            off[n] = minutes(t.getOffsetAfter().getTotalSeconds());
            n++;
            t = rules.nextTransition(t.getInstant());
        }
        this.changeAt = Arrays.copyOf(at, n);
        this.offsetMinutes = Arrays.copyOf(off, n);
    }

    private static int minutes(int seconds) {
        return Math.floorDiv(seconds, 60);
    }

    /** Index of the offset period containing the instant. */
    int period(int epochMinute) {
        int i = changeAt.length - 1;
        while (changeAt[i] > epochMinute) {
            i--;
        }
        return i;
    }

    int offsetOfPeriod(int period) {
        return offsetMinutes[period];
    }

    /** First epoch minute of the next offset period, or MAX_VALUE. */
    int endOfPeriod(int period) {
        return period + 1 < changeAt.length ? changeAt[period + 1] : Integer.MAX_VALUE;
    }

    /** Local minutes since the epoch at the instant. */
    long localMinute(int epochMinute) {
        return (long) epochMinute + offsetMinutes[period(epochMinute)];
    }

    /** Local epoch day on which the instant falls. */
    int localDay(int epochMinute) {
        return (int) Math.floorDiv(localMinute(epochMinute), DAY);
    }

    /** Minute of the local day, 0–1439. */
    int minuteOfDay(int epochMinute) {
        return (int) Math.floorMod(localMinute(epochMinute), DAY);
    }
}
