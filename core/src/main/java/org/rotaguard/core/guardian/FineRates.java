package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One published hourly penalty rate, £ per hour, exactly as printed: the total ("x4"), the
 * doctor's share (paid as the penalty rate) and the guardian's share (the fine into the fund).
 * The circulars round each figure on its own, so in a few rows the two shares add up to a penny
 * more than the printed total; fines pay the shares as printed (see docs/guardian.md).
 */
public record FineRates(BigDecimal total, BigDecimal doctor, BigDecimal guardian) {
    public FineRates {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(guardian, "guardian");
        if (total.signum() <= 0 || doctor.signum() < 0 || guardian.signum() < 0) {
            throw new IllegalArgumentException("penalty rates must be positive");
        }
        if (doctor.add(guardian).subtract(total).abs().compareTo(new BigDecimal("0.01")) > 0) {
            throw new IllegalArgumentException("the doctor's " + doctor + " and the guardian's " + guardian
                    + " are more than a penny from the total " + total);
        }
    }

    /** Whether the printed shares add up to the printed total exactly. */
    public boolean sharesAddUp() {
        return total.compareTo(doctor.add(guardian)) == 0;
    }
}
