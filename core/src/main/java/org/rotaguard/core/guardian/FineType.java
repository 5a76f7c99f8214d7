package org.rotaguard.core.guardian;

/** The kinds of guardian fine. */
public enum FineType {
    /** A breach of safe working hours, from the published penalty-rate tables. */
    SAFE_WORKING,
    /** v13: a doctor not given timely access to exception reporting, or prevented from reporting. */
    ACCESS_COMPLETION,
    /** v13: exception-report data shared in breach of the confidentiality rules. */
    INFORMATION_BREACH
}
