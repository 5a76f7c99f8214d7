package org.rotaguard.core.guardian;

/** Where an exception report ended up, as the board report counts outcomes. */
public enum ReportOutcome {
    /** Not yet decided. */
    OPEN,
    TOIL,
    PAY,
    /** Allowed before the reform only. */
    NO_FURTHER_ACTION,
    WORK_SCHEDULE_REVIEW,
    ORGANISATIONAL_CHANGE,
    EDUCATIONAL_REMEDY,
    REJECTED,
    WITHDRAWN
}
