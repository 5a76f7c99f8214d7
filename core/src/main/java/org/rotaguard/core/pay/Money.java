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

    /** {@code £65,048.00}: written directly, as reports format many amounts. */
    public static String format(BigDecimal amount) {
        BigDecimal pence = amount.setScale(2, RoundingMode.HALF_UP);
        if (pence.precision() > 17) {
            return POUNDS.get().format(amount);
        }
        long unscaled = pence.unscaledValue().longValue();
        StringBuilder out = new StringBuilder(16);
        if (unscaled < 0) {
            out.append('-');
            unscaled = -unscaled;
        }
        out.append('£');
        grouped(out, unscaled / 100);
        long p = unscaled % 100;
        out.append('.').append(p < 10 ? "0" : "").append(p);
        return out.toString();
    }

    private static void grouped(StringBuilder out, long pounds) {
        String digits = Long.toString(pounds);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
    }

    /** Two decimal places: {@code 2.40}. */
    static String twoPlaces(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long r = hundredths % 100;
        return sign + hundredths / 100 + "." + (r < 10 ? "0" : "") + r;
    }

    /** {@code £65,048} for whole pounds, else with pence. */
    public static String formatShort(BigDecimal amount) {
        if (amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 0 && amount.precision() < 18) {
            StringBuilder out = new StringBuilder(12).append('£');
            grouped(out, amount.longValueExact());
            return out.toString();
        }
        return amount.stripTrailingZeros().scale() <= 0 ? WHOLE_POUNDS.get().format(amount) : format(amount);
    }

    /** Hours with at least two and at most four decimals, so the working can be redone by hand: {@code 47.95}, {@code 5.875}. */
    public static String hours(double hours) {
        long tenThousandths = Math.round(hours * 10000);
        if (Math.abs(tenThousandths) > Long.MAX_VALUE / 10) {
            return HOURS.get().format(hours);
        }
        String sign = tenThousandths < 0 ? "-" : "";
        tenThousandths = Math.abs(tenThousandths);
        long whole = tenThousandths / 10000;
        long fraction = tenThousandths % 10000;
        String digits = String.valueOf(10000 + fraction).substring(1);
        int end = 4;
        while (end > 2 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return sign + whole + "." + digits.substring(0, end);
    }

    /** A rate in pounds with at least two and at most four decimals: {@code £1,383.875}. */
    public static String rate(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(4, RoundingMode.HALF_UP);
        if (rounded.signum() < 0 || rounded.precision() > 17) {
            return RATE.get().format(amount);
        }
        long unscaled = rounded.unscaledValue().longValue();
        StringBuilder out = new StringBuilder(16).append('£');
        grouped(out, unscaled / 10000);
        String digits = String.valueOf(10000 + unscaled % 10000).substring(1);
        int end = 4;
        while (end > 2 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return out.append('.').append(digits, 0, end).toString();
    }

    /** A percentage without needless zeros: {@code 7.5%}. */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }
}
