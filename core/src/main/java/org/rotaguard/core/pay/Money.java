package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Pounds: exact arithmetic, rounding to the penny or up to the pound as the circulars do. */
public final class Money {
    static final MathContext EXACT = MathContext.DECIMAL64;
    // DecimalFormat is not thread-safe and costly to build: one of each per thread.
    private static final ThreadLocal<DecimalFormat> POUNDS = format("£#,##0.00");
    private static final ThreadLocal<DecimalFormat> WHOLE_POUNDS = format("£#,##0");
    private static final ThreadLocal<DecimalFormat> HOURS = format("0.00##");
    private static final ThreadLocal<DecimalFormat> RATE = format("£#,##0.00##");

    private static ThreadLocal<DecimalFormat> format(String pattern) {
        return ThreadLocal.withInitial(() -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)));
    }

    private Money() {
    }

    public static BigDecimal pence(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Rounded up to the next whole pound, as every published weekend and on-call cash value is. */
    public static BigDecimal upToPound(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(double value) {
        return new BigDecimal(value, EXACT);
    }

    /** {@code £65,048.00}. */
    public static String format(BigDecimal amount) {
        return POUNDS.get().format(amount);
    }

    /** {@code £65,048} for whole pounds, else with pence. */
    public static String formatShort(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0
                ? WHOLE_POUNDS.get().format(amount)
                : format(amount);
    }

    /** Hours with at least two and at most four decimals, so the working can be redone by hand: {@code 47.95}, {@code 5.875}. */
    public static String hours(double hours) {
        return HOURS.get().format(hours);
    }

    /** A rate in pounds with at least two and at most four decimals: {@code £1,383.875}. */
    public static String rate(BigDecimal amount) {
        return RATE.get().format(amount);
    }

    /** A percentage without needless zeros: {@code 7.5%}. */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
