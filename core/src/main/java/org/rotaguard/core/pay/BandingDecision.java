package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.List;

/**
 * A doctor's 2002 band with the reasoning, step by step as the banding flowchart goes.
 *
 * @param band            the band
 * @param ltftBasicBand   for a less-than-full-time doctor, F5…F9; otherwise null
 * @param ltftMultiplier  the fraction of full-time basic paid (F5 = 0.5 … F9 = 0.9; 1 for full time)
 * @param supplementPercent the supplement as a percentage of (LTFT) basic
 * @param steps           the reasoning
 */
public record BandingDecision(Band band, String ltftBasicBand, BigDecimal ltftMultiplier,
                              BigDecimal supplementPercent, List<String> steps) {
    public BandingDecision {
        steps = List.copyOf(steps);
    }
}
