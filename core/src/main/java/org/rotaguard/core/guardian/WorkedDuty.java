package org.rotaguard.core.guardian;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A period a doctor actually worked (or was on call): a rostered duty, a rostered duty changed by
 * approved exception reports, or a duty that only a report shows.
 *
 * @param start       real start
 * @param end         real end (after the start)
 * @param onCall      true for a non-resident on-call period
 * @param reportId    the report that changed or added it; null when it is the rostered duty as rostered
 * @param code        the rota's shift code, or {@link #REPORTED_CODE} for a duty only a report shows
 * @param workMinutes minutes of work in it: all of a resident shift; for an on-call period the
 *                    expected work, or the period less the rest reported when a report gives it
 */
public record WorkedDuty(ZonedDateTime start, ZonedDateTime end, boolean onCall, String reportId, String code,
                         int workMinutes) {
    /** Code of a duty that no rota shows, only a report. */
    public static final String REPORTED_CODE = "ER";

    public WorkedDuty {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(code, "code");
        if (!end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("a worked duty must end after it starts: " + start + " to " + end);
        }
        if (workMinutes < 0 || workMinutes > lengthMinutes(start, end)) {
            throw new IllegalArgumentException("work of " + workMinutes + " minutes does not fit the duty "
                    + start + " to " + end);
        }
    }

    /** A duty as the plan's contract names it: all of a shift is work, an on-call period none known. */
    public WorkedDuty(ZonedDateTime start, ZonedDateTime end, boolean onCall, String reportId) {
        this(start, end, onCall, reportId, REPORTED_CODE, onCall ? 0 : lengthMinutes(start, end));
    }

    /** Elapsed minutes, exact across clock changes. */
    public int lengthMinutes() {
        return lengthMinutes(start, end);
    }

    public boolean reported() {
        return reportId != null;
    }

    static int lengthMinutes(ZonedDateTime start, ZonedDateTime end) {
        return Math.toIntExact(Duration.between(start.toInstant(), end.toInstant()).toMinutes());
    }
}
