package org.rotaguard.core.reporting;

/** What someone may ask of a report; which are allowed depends on the version, state and role. */
public enum CommandType {
    /** v13 level 0: approve (data {@code mandatoryToil}: rule ids of a safe-working breach requiring rest). */
    APPROVE,
    /** v13 level 1: ask the doctor for clarification (reason: the question). */
    REQUEST_CLARIFICATION,
    /** v13: the doctor answers a clarification (reason: the answer). */
    REPLY,
    /** v13: reject (reason required). */
    REJECT,
    /** v13: the doctor accepts a rejection. */
    ACCEPT_REJECTION,
    /** v13: the doctor disputes a rejection (reason required): goes to the guardian. */
    DISPUTE,
    /** v13 level 2: the guardian upholds the doctor (data {@code mandatoryToil} as for APPROVE). */
    UPHOLD,
    /** v13 level 2: the guardian confirms the rejection, finally (reason required). */
    CONFIRM_REJECTION,
    CHOOSE_TOIL,
    CHOOSE_PAY,
    /** Book the TOIL (data {@code date}: YYYY-MM-DD). */
    BOOK_TOIL,
    TOIL_TAKEN,
    /** Record payment (data {@code payrollRun}). */
    PAID,
    /** The doctor withdraws (reason required). */
    WITHDRAW,
    /** v12: record the outcome agreed with the doctor (data {@code outcome}: an {@link Outcome}). */
    AGREE_OUTCOME,
    /** v12: the doctor accepts the outcome recorded. */
    ACCEPT_OUTCOME,
    /** v12: the doctor escalates to the next level (reason required). */
    ESCALATE,
    /** v13: the DME records the educational outcome (reason: what was done, e.g. session reinstated). */
    RECORD_EDUCATION_OUTCOME,
    /** Ask for a work schedule review; allowed on closed reports too, as it does not change the report. */
    REQUEST_WORK_SCHEDULE_REVIEW;

    /** For buttons: "Approve", "Ask for clarification", "Choose time off in lieu". */
    public String label() {
        return switch (this) {
            case APPROVE -> "Approve";
            case REQUEST_CLARIFICATION -> "Ask for clarification";
            case REPLY -> "Reply";
            case REJECT -> "Reject";
            case ACCEPT_REJECTION -> "Accept the rejection";
            case DISPUTE -> "Dispute the rejection";
            case UPHOLD -> "Uphold the report";
            case CONFIRM_REJECTION -> "Confirm the rejection";
            case CHOOSE_TOIL -> "Choose time off in lieu";
            case CHOOSE_PAY -> "Choose pay";
            case BOOK_TOIL -> "Book time off";
            case TOIL_TAKEN -> "Record time off taken";
            case PAID -> "Record payment";
            case WITHDRAW -> "Withdraw";
            case AGREE_OUTCOME -> "Record the agreed outcome";
            case ACCEPT_OUTCOME -> "Accept the outcome";
            case ESCALATE -> "Escalate";
            case RECORD_EDUCATION_OUTCOME -> "Record the educational outcome";
            case REQUEST_WORK_SCHEDULE_REVIEW -> "Ask for a work schedule review";
        };
    }
}
