package org.rotaguard.core.reporting;

/**
 * Which exception-reporting process applies. {@code V12}: the process of 2016 TCS Schedule 5 as it
 * stood in versions 1 to 12 (educational supervisor review, escalation levels 1–3). {@code V13}:
 * the reformed process of TCS version 13 (HR or DME review, levels 0–2, the doctor's choice of
 * time off in lieu or pay), in force at every employer by 4 February 2026 at the latest.
 */
public enum ProcessVersion {
    V12,
    V13;

    /** The label used in documents: {@code TCS v12} / {@code TCS v13}. */
    public String label() {
        return this == V12 ? "TCS v12 (pre-reform)" : "TCS v13 (reformed)";
    }
}
