package org.rotaguard.core.reporting;

/** Every kind of event in a report's log: one per transition, plus deadline events. */
public enum EventType {
    /** The report was received (the only event that makes it exist). */
    SUBMITTED,
    /** Routed to its first reviewer (data: route, copiedTo). */
    ROUTED,
    /** v12: a reviewer recorded the outcome agreed with the doctor (data: outcome, level). */
    OUTCOME_AGREED,
    /** v12: the doctor accepted the recorded outcome. */
    OUTCOME_ACCEPTED,
    /** v12: the doctor escalated to the next level (data: level). */
    ESCALATED,
    /** v13 level 0: the hours (or the educational report) were approved (data: mandatoryToil). */
    APPROVED,
    /** v13 level 1: the reviewer asked the doctor for clarification (reason: the question). */
    CLARIFICATION_REQUESTED,
    /** v13 level 1: the doctor replied (reason: the reply). */
    DOCTOR_REPLIED,
    /** v13: the reviewer rejected the report (reason required). */
    REJECTED,
    /** v13: the doctor accepted the rejection. */
    REJECTION_ACCEPTED,
    /** v13: the doctor maintains the report is accurate: goes to the guardian (level 2). */
    DISPUTED,
    /** v13 level 2: the guardian upheld the doctor's report. */
    UPHELD,
    /** v13 level 2: the guardian confirmed the rejection (final), or the dispute window passed. */
    REJECTION_CONFIRMED,
    /** Time off in lieu or pay settled (data: compensation, minutes, forced, rules). */
    COMPENSATION_CHOSEN,
    /** TOIL booked for a date (data: date). */
    TOIL_BOOKED,
    /** TOIL taken: the report is closed, compensated. */
    TOIL_TAKEN,
    /** TOIL not taken within its window: converted to pay. */
    TOIL_EXPIRED,
    /** The claim went through payroll (data: payrollRun): the report is closed, compensated. */
    PAID,
    /** The DME recorded the educational outcome (data: outcome): closed. */
    EDUCATION_OUTCOME_RECORDED,
    /** The report was closed without compensation (v13 approved with no extra minutes; v12 no action / referral). */
    CLOSED,
    /** The doctor withdrew the report. */
    WITHDRAWN,
    /** A work schedule review was asked for on the strength of this report (does not change its state). */
    WORK_SCHEDULE_REVIEW_REQUESTED,
    /** A deadline passed (data: deadline, due); raised once per deadline. */
    DEADLINE_MISSED
}
