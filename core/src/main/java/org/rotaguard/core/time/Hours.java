package org.rotaguard.core.time;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How durations and times are written in findings: 13h, 13h30m, "Wed 5 Aug 08:00". */
public final class Hours {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Hours() {
    }

    /** A whole or fractional number of minutes as {@code 13h}, {@code 13h30m} or {@code 45m}, to the nearest minute. */
    public static String format(double minutes) {
        long total = Math.round(minutes);
        String sign = total < 0 ? "-" : "";
        total = Math.abs(total);
        long h = total / 60;
        long m = total % 60;
        if (h == 0 && m != 0) {
            return sign + m + "m";
        }
        return sign + h + "h" + (m == 0 ? "" : (m < 10 ? "0" : "") + m + "m");
    }

    public static String format(Duration duration) {
        return format(duration.toSeconds() / 60.0);
    }

    /** Decimal hours rounded to two places, for machine-readable output. */
    public static double decimal(double minutes) {
        return Math.round(minutes / 60.0 * 100.0) / 100.0;
    }

    public static String when(ZonedDateTime time) {
        return WHEN.format(time);
    }

    public static String day(ZonedDateTime time) {
        return DAY.format(time);
    }

    public static String clock(ZonedDateTime time) {
        return CLOCK.format(time);
    }

    /**
     * {@code Wed 5 Aug 08:00–21:30}; a span ending on the next day but within 24 hours of its start
     * (a night) keeps the short form; a longer span gives both dates.
     */
    public static String span(ZonedDateTime start, ZonedDateTime end) {
        boolean sameDay = start.toLocalDate().equals(end.toLocalDate());
        boolean overnight = start.toLocalDate().plusDays(1).equals(end.toLocalDate())
                && !end.toLocalTime().isAfter(start.toLocalTime());
        if (sameDay || overnight) {
            return when(start) + "–" + clock(end);
        }
        return when(start) + " – " + when(end);
    }
}
