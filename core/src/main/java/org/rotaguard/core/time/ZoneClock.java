package org.rotaguard.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Turns local clock times in one zone into instants, counted as whole minutes since the epoch.
 *
 * <p>A local time that does not exist (inside the spring-forward gap) resolves to the first
 * instant after the gap; a repeated local time (the fall-back overlap) resolves to its first
 * occurrence. Most days have no clock change, so each local day's UTC offset is kept in a
 * table and the common case is plain arithmetic.
 */
public final class ZoneClock {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;
    private static final long FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    private static final long END_DAY = LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochDay();
    private static final int CHUNK_BITS = 9;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int CHUNKS = (int) ((END_DAY - FIRST_DAY + CHUNK - 1) >> CHUNK_BITS);
    private static final int MINUTES_PER_DAY = 1440;
    private static final ConcurrentHashMap<ZoneId, ZoneClock> CLOCKS = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final ZoneRules rules;
    /** Per chunk of 512 days: each day's offset at local midnight in minutes, or CHANGES when it changes during the day. */
    private final AtomicReferenceArray<int[]> chunks = new AtomicReferenceArray<>(CHUNKS);
    private static final int CHANGES = Integer.MIN_VALUE;

    private ZoneClock(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    public static ZoneClock of(ZoneId zone) {
        return CLOCKS.computeIfAbsent(zone, ZoneClock::new);
    }

    public static ZoneClock london() {
        return of(ZoneId.of("Europe/London"));
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the date lies in the range the clock supports. */
    public static boolean supports(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    /** Epoch minute at which the local clock shows {@code minuteOfDay} (0–1440) on local day {@code epochDay}. */
    public int toEpochMinute(long epochDay, int minuteOfDay) {
        int offset = midnightOffset(epochDay);
        if (offset != CHANGES) {
            return Math.toIntExact(epochDay * MINUTES_PER_DAY + minuteOfDay - offset);
        }
        return exact(epochDay, minuteOfDay);
    }

    public int toEpochMinute(LocalDate date, LocalTime time) {
        return toEpochMinute(date.toEpochDay(), time.getHour() * 60 + time.getMinute());
    }

    /** True when the UTC offset changes at some point during the local day. */
    public boolean changesOn(long epochDay) {
        return midnightOffset(epochDay) == CHANGES;
    }

    /** UTC offset in minutes in force throughout a day without a change (undefined on a change day). */
    public int steadyOffsetMinutes(long epochDay) {
        return midnightOffset(epochDay);
    }

    /** The instant as a date-time with the zone's offset at that instant. */
    public ZonedDateTime toZoned(int epochMinute) {
        return Instant.ofEpochSecond(epochMinute * 60L).atZone(zone);
    }

    /** The local date on which an instant falls. */
    public LocalDate localDate(int epochMinute) {
        return toZoned(epochMinute).toLocalDate();
    }

    private int exact(long epochDay, int minuteOfDay) {
        LocalDateTime local = LocalDate.ofEpochDay(epochDay).atStartOfDay().plusMinutes(minuteOfDay);
        ZoneOffsetTransition transition = rules.getTransition(local);
        long epochSecond;
        if (transition == null) {
            epochSecond = local.toEpochSecond(rules.getOffset(local));
        } else if (transition.isGap()) {
            epochSecond = transition.getInstant().getEpochSecond();
        } else {
            epochSecond = local.toEpochSecond(transition.getOffsetBefore());
        }
        return Math.toIntExact(Math.floorDiv(epochSecond, 60));
    }

    private int midnightOffset(long epochDay) {
        long index = epochDay - FIRST_DAY;
        if (index < 0 || epochDay >= END_DAY) {
            throw new IllegalArgumentException("date outside " + MIN_YEAR + "–" + MAX_YEAR + ": "
                    + LocalDate.ofEpochDay(epochDay));
        }
        int chunk = (int) (index >> CHUNK_BITS);
        int[] table = chunks.get(chunk);
        if (table == null) {
            table = chunkTable(FIRST_DAY + ((long) chunk << CHUNK_BITS));
            chunks.compareAndSet(chunk, null, table);
        }
        return table[(int) (index & (CHUNK - 1))];
    }

    private int[] chunkTable(long firstDay) {
        int[] table = new int[CHUNK];
        for (int i = 0; i < CHUNK; i++) {
            LocalDate day = LocalDate.ofEpochDay(firstDay + i);
            ZonedDateTime startOfDay = day.atStartOfDay(zone);
            ZonedDateTime startOfNext = day.plusDays(1).atStartOfDay(zone);
            ZoneOffset at = startOfDay.getOffset();
            ZoneOffsetTransition next = rules.nextTransition(startOfDay.toInstant());
            boolean steady = startOfDay.toLocalTime().equals(LocalTime.MIDNIGHT)
                    && (next == null || !next.getInstant().isBefore(startOfNext.toInstant()));
            table[i] = steady ? at.getTotalSeconds() / 60 : CHANGES;
        }
        return table;
    }
}
