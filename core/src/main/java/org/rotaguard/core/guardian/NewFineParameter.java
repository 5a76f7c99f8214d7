package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A v13 fine whose amount has not been read from the guidance: a configurable parameter, marked
 * unverified with its confidence until the 26 Jan 2026 NHS Employers guidance is checked.
 *
 * @param type          ACCESS_COMPLETION or INFORMATION_BREACH
 * @param from          first day it applies
 * @param amount        £ per unit; null while not configured (no published figure has been read)
 * @param unit          what one unit is, e.g. "day without access after the 7-day deadline"
 * @param guardianShare share of the amount going to the guardian's fund (0–1)
 * @param verified      false until the amount has been checked against the published guidance
 * @param confidence    HIGH, MED, LOW or INTERP
 * @param source        where the figure comes from
 */
public record NewFineParameter(FineType type, LocalDate from, BigDecimal amount, String unit,
                               BigDecimal guardianShare, boolean verified, String confidence, String source) {
    public NewFineParameter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(guardianShare, "guardianShare");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(source, "source");
        if (type == FineType.SAFE_WORKING) {
            throw new IllegalArgumentException("safe-working fines come from the published tables");
        }
        if ((amount != null && amount.signum() < 0) || guardianShare.signum() < 0 || guardianShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(type + ": amount must not be negative and the guardian share must be 0–1");
        }
    }

    /** Whether an amount has been set. */
    public boolean configured() {
        return amount != null;
    }
}
