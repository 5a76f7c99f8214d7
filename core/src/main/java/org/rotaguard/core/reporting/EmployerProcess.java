package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When an employer moved to the reformed process. Between September 2025 (v13 published) and
 * 4 February 2026 (the latest implementation date, PC(M&D) 3/2025; HIGH) each employer chose its
 * own switch date, so the version is decided per employer by the date of the event reported.
 *
 * @param employerId the employer
 * @param v13From    the first day on which the employer ran the v13 process; null means the
 *                   contractual latest date, {@link #LATEST_V13}
 */
public record EmployerProcess(String employerId, LocalDate v13From) {
    /** Version 13 applies everywhere from this date "under any circumstance". */
    public static final LocalDate LATEST_V13 = LocalDate.of(2026, 2, 4);
    /** Version 13 was published (NHS Employers, 19 September 2025); no employer ran it earlier. */
    public static final LocalDate EARLIEST_V13 = LocalDate.of(2025, 9, 19);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    public EmployerProcess {
        if (employerId == null || employerId.isBlank()) {
            throw new IllegalArgumentException("employer id is required");
        }
        v13From = v13From == null ? LATEST_V13 : v13From;
        if (v13From.isAfter(LATEST_V13)) {
            throw new IllegalArgumentException("employer " + employerId + ": v13 from " + v13From
                    + " is after 4 February 2026, the latest date the reformed process could start");
        }
        if (v13From.isBefore(EARLIEST_V13)) {
            throw new IllegalArgumentException("employer " + employerId + ": v13 from " + v13From
                    + " is before 19 September 2025, when version 13 was published");
        }
    }

    /** The version in force at this employer on the (Europe/London) date of the reported event. */
    public ProcessVersion on(LocalDate eventDate) {
        Objects.requireNonNull(eventDate, "eventDate");
        return eventDate.isBefore(v13From) ? ProcessVersion.V12 : ProcessVersion.V13;
    }

    /** The version in force at an instant, taking its Europe/London date. */
    public ProcessVersion on(Instant eventAt) {
        return on(eventAt.atZone(LONDON).toLocalDate());
    }

    /** The version for a submission: the London date on which the worked time began. */
    public ProcessVersion forSubmission(Submission s) {
        return on(s.eventDate());
    }
}
