package org.rotaguard.core.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rotaguard.core.rota.Doctor;

/**
 * A doctor of a service with what the designer must respect: dates of leave, fixed non-clinical
 * days (teaching, study) on which no duty is rostered, regular non-working weekdays of a
 * less-than-full-time doctor, and requests.
 *
 * @param doctor         the doctor (id, grade, less-than-full-time fraction, opt-out)
 * @param leave          dates of leave: no duty starts on them
 * @param fixedDays      dates of teaching or other fixed commitments: no duty starts on them
 * @param nonWorkingDays weekdays the doctor does not work
 * @param requests       wishes, honoured where possible
 */
public record ServiceDoctor(Doctor doctor, Set<LocalDate> leave, Set<LocalDate> fixedDays,
                            Set<DayOfWeek> nonWorkingDays, List<Request> requests) {
    public ServiceDoctor {
        Objects.requireNonNull(doctor, "doctor");
        leave = Set.copyOf(leave);
        fixedDays = Set.copyOf(fixedDays);
        nonWorkingDays = nonWorkingDays.isEmpty() ? Set.of() : Set.copyOf(nonWorkingDays);
        requests = List.copyOf(requests);
    }

    public static ServiceDoctor of(Doctor doctor) {
        return new ServiceDoctor(doctor, Set.of(), Set.of(), Set.of(), List.of());
    }

    public String id() {
        return doctor.id();
    }

    /** Whether the doctor may be given a duty starting on this date. */
    public boolean available(LocalDate date) {
        return !leave.contains(date) && !fixedDays.contains(date) && !nonWorkingDays.contains(date.getDayOfWeek());
    }

    /** Whether anything fixes this doctor's days (which a shared cyclic template cannot honour). */
    public boolean hasFixedDays() {
        return !leave.isEmpty() || !fixedDays.isEmpty() || !nonWorkingDays.isEmpty() || !requests.isEmpty();
    }
}
