package org.rotaguard.core.reporting;

/** The clocks a report or an onboarding runs against. */
public enum DeadlineKind {
    /** Access to the reporting system after starting (onboarding). */
    ACCESS,
    /** The doctor's window to submit after the event. */
    SUBMISSION,
    /** The reviewer's response (supervisor, HR, DME, escalation level, guardian). */
    REVIEW,
    /** The doctor's window to dispute a rejection before it stands. */
    DISPUTE,
    /** Time off in lieu to be taken, or it is paid instead. */
    TOIL,
    /** Time off after on-call rest not achieved: within 24 hours, or the time is paid. */
    ON_CALL_REST_TOIL
}
