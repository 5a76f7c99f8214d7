package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days over which a doctor's worked hours are checked: the placement's agreed reference
 * period (at most 26 weeks for doctors in training), local calendar days [from, until).
 *
 * @param from  first day
 * @param until the day after the last
 * @param zone  the zone whose local clock the days and the night windows follow
 */
public record ReferencePeriod(LocalDate from, LocalDate until, ZoneId zone) {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    public ReferencePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(zone, "zone");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a reference period must end after it starts: " + from + " to " + until);
        }
    }

    /** A period in Europe/London. */
    public ReferencePeriod(LocalDate from, LocalDate until) {
        this(from, until, LONDON);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(from, until);
    }

    public double weeks() {
        return days() / 7.0;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}
