package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one contract version pays: the night-enhancement rules, the weekend-allowance table and
 * the allowances. Loaded from data next to the pay scales.
 *
 * @param contract          contract id, e.g. {@code tcs2016-2019}
 * @param source            where the rules come from
 * @param basicWeeklyHours  hours a week the basic salary pays for (40)
 * @param nightRate         enhancement on each qualifying hour, as a fraction of the hourly basic rate (0.37)
 * @param ruleBMinimum      rule B: a shift starting 20:00–23:59 qualifies up to 10:00 when at least this long
 * @param ruleC             rule C (2019): a shift ending after midnight and by 04:00 is enhanced in full
 * @param weekendTable      weekend-allowance bands, most frequent first
 * @param weekendTableName  which table this is (e.g. "from 4 December 2019")
 * @param onCallPercent     on-call availability allowance as a percentage of basic salary
 * @param ltftAllowance     yearly allowance to a less-than-full-time doctor (pounds; 0 = none)
 */
public record PayRules(String contract, String source, int basicWeeklyHours, BigDecimal nightRate,
                       Duration ruleBMinimum, boolean ruleC, List<WeekendBand> weekendTable,
                       String weekendTableName, BigDecimal onCallPercent, int ltftAllowance) {
    public PayRules {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(nightRate, "nightRate");
        Objects.requireNonNull(ruleBMinimum, "ruleBMinimum");
        Objects.requireNonNull(onCallPercent, "onCallPercent");
        source = source == null ? "" : source;
        weekendTableName = weekendTableName == null ? "" : weekendTableName;
        weekendTable = List.copyOf(weekendTable);
        if (basicWeeklyHours <= 0) {
            throw new IllegalArgumentException("basic weekly hours must be positive");
        }
        for (int i = 1; i < weekendTable.size(); i++) {
            if (weekendTable.get(i).oneInAtMost() <= weekendTable.get(i - 1).oneInAtMost()) {
                throw new IllegalArgumentException("weekend bands must go from the most frequent to the rarest");
            }
        }
        if (ltftAllowance < 0) {
            throw new IllegalArgumentException("the LTFT allowance cannot be negative");
        }
    }

    /**
     * The band for weekends worked {@code weekends} times in {@code days} days, comparing the exact
     * ratio (no rounding of the frequency); null when less frequent than the rarest band or none worked.
     * A frequency more often than the first band's falls in the first band.
     */
    public WeekendBand weekendBand(int weekends, int days) {
        if (weekends <= 0) {
            return null;
        }
        for (WeekendBand band : weekendTable) {
            // weeks ÷ weekends ≤ X  ⇔  days ≤ 7·X·weekends
            if (days <= 7L * band.oneInAtMost() * weekends) {
                return band;
            }
        }
        return null;
    }

    /** The full-time cash value of a band: its percentage of basic, rounded up to the pound as published. */
    public java.math.BigDecimal weekendCash(int basic, WeekendBand band) {
        return Money.upToPound(BigDecimal.valueOf(basic).multiply(band.percent()).divide(BigDecimal.valueOf(100),
                Money.EXACT));
    }
}
