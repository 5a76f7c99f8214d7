package org.rotaguard.core.pay;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One pay year's full-time basic salaries as published, by pay point ({@code "1"}…{@code "5"},
 * or the ten points {@code "1"}, {@code "2"}, {@code "3a"}…{@code "5c"} from 2026/27). Values
 * are loaded from data, never derived by formula.
 *
 * @param payYear     e.g. {@code 2025/26}
 * @param from        first day of the pay year (1 April)
 * @param source      the circular or page the values come from
 * @param basic       full-time basic salary in whole pounds by pay point
 * @param gradePoints on a split scale, the pay point of each grade (e.g. ST4 → 4b); empty otherwise
 * @param onCallAllowance on-call availability allowance by pay point where published in cash; empty = compute
 */
public record PayScale(String payYear, LocalDate from, String source, Map<String, Integer> basic,
                       Map<String, String> gradePoints, Map<String, Integer> onCallAllowance) {
    public PayScale {
        Objects.requireNonNull(payYear, "payYear");
        Objects.requireNonNull(from, "from");
        source = source == null ? "" : source;
        basic = Map.copyOf(basic);
        gradePoints = gradePoints == null ? Map.of() : Map.copyOf(gradePoints);
        onCallAllowance = onCallAllowance == null ? Map.of() : Map.copyOf(onCallAllowance);
        if (basic.isEmpty()) {
            throw new IllegalArgumentException("pay year " + payYear + " has no basic salaries");
        }
        basic.forEach((point, value) -> {
            if (value == null || value <= 0) {
                throw new IllegalArgumentException("pay year " + payYear + ": basic salary at point " + point
                        + " must be positive");
            }
        });
    }

    /** Whether the scale splits nodal points into sub-points (3a, 4b, …). */
    public boolean split() {
        return !gradePoints.isEmpty();
    }

    /** The basic salary at a pay point, if the scale has it. */
    public Optional<Integer> basicAt(String point) {
        return Optional.ofNullable(basic.get(point));
    }
}
