package org.rotaguard.core.pay;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A pay year's 2002-contract basic scales as published: per scale (FY1, FY2, StR) the salary at
 * each incremental point. Points the data does not hold are left out, never interpolated.
 */
public record Scale2002(String payYear, String source, Map<String, Map<Integer, Integer>> scales) {
    public Scale2002 {
        Objects.requireNonNull(payYear, "payYear");
        source = source == null ? "" : source;
        Map<String, Map<Integer, Integer>> copy = new TreeMap<>();
        scales.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        scales = Map.copyOf(copy);
    }
}
