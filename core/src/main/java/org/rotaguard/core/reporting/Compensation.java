package org.rotaguard.core.reporting;

/** How additional hours are compensated: time off in lieu or pay. */
public enum Compensation {
    TOIL, PAY
}
