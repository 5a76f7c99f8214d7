package org.rotaguard.io.report;

import java.util.List;
import java.util.Objects;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.pay.RotaPay;

/**
 * The same rota through several contracts: for each contract its check and, where the contract
 * has a pay system, its pay (null otherwise, e.g. wtr-1998).
 */
public record Comparison(List<Entry> entries) {
    public Comparison {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
    }

    /** One contract's results. */
    public record Entry(String contract, RotaCheck check, RotaPay pay) {
        public Entry {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(check, "check");
        }
    }
}
