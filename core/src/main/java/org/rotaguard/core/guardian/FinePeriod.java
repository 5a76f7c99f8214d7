package org.rotaguard.core.guardian;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One published table of penalty rates: the dates it applies to, its source, and per nodal point
 * the rates for basic-rate hours and for night hours attracting the 37% enhancement.
 *
 * @param id       e.g. {@code 2019-08-23}
 * @param from     first day it applies
 * @param until    the day after the last (null: still in force)
 * @param source   circular and page
 * @param basic    nodal point → rates for basic-rate hours
 * @param enhanced nodal point → rates for enhanced (night) hours
 */
public record FinePeriod(String id, LocalDate from, LocalDate until, String source, Map<Integer, FineRates> basic,
                         Map<Integer, FineRates> enhanced) {
    public FinePeriod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(source, "source");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("fine period " + id + " ends before it starts");
        }
        basic = Map.copyOf(new TreeMap<>(basic));
        enhanced = Map.copyOf(new TreeMap<>(enhanced));
        if (!basic.keySet().equals(enhanced.keySet())) {
            throw new IllegalArgumentException("fine period " + id + " has basic and enhanced rates for different nodal points");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    public Optional<FineRates> basic(int nodalPoint) {
        return Optional.ofNullable(basic.get(nodalPoint));
    }

    public Optional<FineRates> enhanced(int nodalPoint) {
        return Optional.ofNullable(enhanced.get(nodalPoint));
    }
}
