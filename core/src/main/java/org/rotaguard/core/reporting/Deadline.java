package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A deadline running on a report: missed when the clock passes {@code due}.
 *
 * @param rule what it is and where the period comes from, for people
 */
public record Deadline(DeadlineKind kind, Instant due, String rule) {
    public ZonedDateTime dueLondon() {
        return due.atZone(EmployerProcess.LONDON);
    }

    /** Missed strictly after the due instant: at exactly the due instant it is still met. */
    public boolean missedAt(Instant now) {
        return now.isAfter(due);
    }
}
