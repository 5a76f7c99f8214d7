package org.rotaguard.core.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * States of a report, both processes (exception-reporting.md §3). v12 uses SUPERVISOR_REVIEW,
 * OUTCOME_PROPOSED and LEVEL_1..3_REVIEW; v13 uses HR_REVIEW, DME_REVIEW, AWAITING_DOCTOR,
 * REJECTED, GUARDIAN_REVIEW, APPROVED and EDUCATION_ACTION; both use the compensation and closed states.
 */
public enum ReportState {
    /** Received, not yet routed (only between the SUBMITTED and ROUTED events). */
    SUBMITTED,
    SUPERVISOR_REVIEW,
    OUTCOME_PROPOSED,
    LEVEL_1_REVIEW,
    LEVEL_2_REVIEW,
    LEVEL_3_REVIEW,
    HR_REVIEW,
    DME_REVIEW,
    AWAITING_DOCTOR,
    REJECTED,
    GUARDIAN_REVIEW,
    /** Approved, waiting for the doctor's choice of TOIL or pay. */
    APPROVED,
    TOIL_PENDING,
    TOIL_BOOKED,
    PAY_PENDING,
    EDUCATION_ACTION,
    CLOSED_COMPENSATED,
    /** v13: approved with nothing to compensate (no minutes beyond the roster). */
    CLOSED_APPROVED,
    /** v12: no further action agreed. */
    CLOSED_NO_ACTION,
    /** v12: closed by referral to a work schedule review or an organisational change. */
    CLOSED_REFERRED,
    CLOSED_EDUCATION,
    CLOSED_REJECTED,
    WITHDRAWN;

    private static final Set<ReportState> CLOSED = EnumSet.of(CLOSED_COMPENSATED, CLOSED_APPROVED, CLOSED_NO_ACTION,
            CLOSED_REFERRED, CLOSED_EDUCATION, CLOSED_REJECTED, WITHDRAWN);

    /** Closed states refuse every further action on the report. */
    public boolean closed() {
        return CLOSED.contains(this);
    }

    public boolean open() {
        return !closed();
    }

    /** For people: "HR review", "awaiting doctor", "closed compensated". */
    public String label() {
        String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return words.replace("hr ", "HR ").replace("dme ", "DME ").replace("toil ", "TOIL ");
    }
}
