package org.rotaguard.core.reporting;

/** v12: the outcome the supervisor (or an escalation reviewer) agrees with the doctor (HIGH). */
public enum Outcome {
    NO_ACTION, TOIL, PAY, WORK_SCHEDULE_REVIEW, ORGANISATIONAL_CHANGE
}
