package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A doctor's onboarding to exception reporting at one employer, site or rota: access is due
 * within {@link DeadlineSettings#accessDays()} calendar days of starting (7; NHS Employers HR
 * guidance citing Sch 5 para 18, HIGH), and again on every change of host employer, site or rota;
 * the doctor then files a test report, which the guardian cross-checks against the list of
 * eligible doctors (HIGH). Immutable: each step returns the next value.
 *
 * @param trigger           why onboarding started: new employment, host, site or rota change
 * @param accessMissedAt    when the missed access deadline was raised (once), or null
 */
public record Onboarding(String doctorUserId, String employerId, LocalDate started, String trigger,
                         Instant accessGrantedAt, String accessGrantedBy, String testReportId, Instant testReportAt,
                         Instant crossCheckedAt, String crossCheckedBy, Instant accessMissedAt) {
    public Onboarding {
        if (doctorUserId == null || doctorUserId.isBlank() || employerId == null || employerId.isBlank()
                || started == null) {
            throw new IllegalArgumentException("onboarding needs the doctor, the employer and the start date");
        }
        trigger = trigger == null || trigger.isBlank() ? "started employment" : trigger;
    }

    public static Onboarding start(String doctorUserId, String employerId, LocalDate started, String trigger) {
        return new Onboarding(doctorUserId, employerId, started, trigger, null, null, null, null, null, null, null);
    }

    /** Access given by HR or an administrator. */
    public Onboarding grantAccess(Actor by, Instant at) {
        if (by.role() != Role.HR && by.role() != Role.ADMIN) {
            throw new IllegalArgumentException(by.role() + " cannot grant access; HR or an administrator can");
        }
        if (accessGrantedAt != null) {
            throw new IllegalStateException("access was already granted at " + accessGrantedAt);
        }
        return new Onboarding(doctorUserId, employerId, started, trigger, at, by.userId(), testReportId, testReportAt,
                crossCheckedAt, crossCheckedBy, accessMissedAt);
    }

    /** The doctor's test report. */
    public Onboarding testReport(String reportId, Instant at) {
        if (accessGrantedAt == null) {
            throw new IllegalStateException("a test report needs access first");
        }
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("the test report's id is required");
        }
        return new Onboarding(doctorUserId, employerId, started, trigger, accessGrantedAt, accessGrantedBy, reportId, at,
                crossCheckedAt, crossCheckedBy, accessMissedAt);
    }

    /** The guardian cross-checked the test report against the list of eligible doctors. */
    public Onboarding crossCheck(Actor by, Instant at) {
        if (by.role() != Role.GUARDIAN) {
            throw new IllegalArgumentException("only the guardian cross-checks onboarding, not " + by.role());
        }
        if (testReportAt == null) {
            throw new IllegalStateException("there is no test report to cross-check yet");
        }
        return new Onboarding(doctorUserId, employerId, started, trigger, accessGrantedAt, accessGrantedBy, testReportId,
                testReportAt, at, by.userId(), accessMissedAt);
    }

    public Deadline accessDeadline(DeadlineSettings settings) {
        return new Deadline(DeadlineKind.ACCESS, Deadlines.endOfDay(started, settings.accessDays()),
                "access to exception reporting within " + settings.accessDays() + " days of " + trigger);
    }

    /** Whether access came (or has still not come) after its deadline. */
    public boolean accessLate(DeadlineSettings settings, Instant now) {
        Deadline d = accessDeadline(settings);
        return accessGrantedAt != null ? d.missedAt(accessGrantedAt) : d.missedAt(now);
    }

    /**
     * The onboarding with its missed access deadline recorded, when it is missed at {@code now} and
     * not yet recorded (the caller raises the event, e.g. an access-and-completion fine proposal);
     * empty otherwise, so calling it again changes nothing.
     */
    public Optional<Onboarding> missed(DeadlineSettings settings, Instant now) {
        if (accessMissedAt != null || !accessLate(settings, now)) {
            return Optional.empty();
        }
        Instant at = accessGrantedAt != null ? accessGrantedAt : now;
        return Optional.of(new Onboarding(doctorUserId, employerId, started, trigger, accessGrantedAt, accessGrantedBy,
                testReportId, testReportAt, crossCheckedAt, crossCheckedBy, at));
    }

    public boolean complete() {
        return crossCheckedAt != null;
    }
}
