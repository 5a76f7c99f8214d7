package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Time off in lieu owed for one report: the minutes credited (equal to the additional minutes
 * worked), whether it was forced by a safe-working breach, and what became of it.
 *
 * @param forcedBy  rule ids of the breach that made TOIL mandatory; empty when the doctor chose it
 * @param bookedFor the day booked, or null
 * @param takenAt   when it was recorded as taken, or null
 * @param expiredAt when its window passed and it turned into pay, or null
 */
public record ToilEntry(String reportId, String doctorUserId, int minutes, Instant creditedAt, List<String> forcedBy,
                        LocalDate bookedFor, Instant takenAt, Instant expiredAt) {
    public ToilEntry {
        forcedBy = forcedBy == null ? List.of() : List.copyOf(forcedBy);
    }

    public enum Status { OWED, BOOKED, TAKEN, CONVERTED_TO_PAY }

    public Status status() {
        if (takenAt != null) {
            return Status.TAKEN;
        }
        if (expiredAt != null) {
            return Status.CONVERTED_TO_PAY;
        }
        return bookedFor != null ? Status.BOOKED : Status.OWED;
    }

    public boolean forced() {
        return !forcedBy.isEmpty();
    }

    /** Minutes still owed as time off (0 once taken or converted to pay). */
    public int outstandingMinutes() {
        return status() == Status.OWED || status() == Status.BOOKED ? minutes : 0;
    }

    ToilEntry booked(LocalDate date) {
        return new ToilEntry(reportId, doctorUserId, minutes, creditedAt, forcedBy, date, takenAt, expiredAt);
    }

    ToilEntry taken(Instant at) {
        return new ToilEntry(reportId, doctorUserId, minutes, creditedAt, forcedBy, bookedFor, at, expiredAt);
    }

    ToilEntry expired(Instant at) {
        return new ToilEntry(reportId, doctorUserId, minutes, creditedAt, forcedBy, bookedFor, takenAt, at);
    }
}
