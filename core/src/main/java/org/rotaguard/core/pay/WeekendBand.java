package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a weekend-allowance table: weekends worked at most as rarely as 1 in
 * {@code oneInAtMost} (and more often than the previous row's) earn {@code percent} of the
 * full-time basic salary. A row's lower-frequency boundary belongs to it: exactly 1 in 4 is in
 * the row "less than 1 in 3 to 1 in 4".
 */
public record WeekendBand(int oneInAtMost, BigDecimal percent, String label) {
    public WeekendBand {
        Objects.requireNonNull(percent, "percent");
        if (oneInAtMost < 1) {
            throw new IllegalArgumentException("a weekend band's frequency must be 1 in 1 or rarer");
        }
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("a weekend band's percentage cannot be negative");
        }
        label = label == null ? "" : label;
    }
}
