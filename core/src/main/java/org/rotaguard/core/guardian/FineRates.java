package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One published hourly penalty rate: the total charged, the doctor's share (paid as the penalty
 * rate) and the guardian's share (the fine into the fund), £ per hour, exactly as printed.
 */
public record FineRates(BigDecimal total, BigDecimal doctor, BigDecimal guardian) {
    public FineRates {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(guardian, "guardian");
        if (total.compareTo(doctor.add(guardian)) != 0) {
            throw new IllegalArgumentException("total " + total + " is not the doctor's " + doctor
                    + " plus the guardian's " + guardian);
        }
    }
}
