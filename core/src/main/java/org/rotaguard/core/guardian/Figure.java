package org.rotaguard.core.guardian;

import java.math.BigDecimal;

/**
 * One cell of a board report table: its value and what may be shown of it.
 *
 * @param value      the true value (kept for totals; never shown when hidden)
 * @param hidden     NONE, PRIMARY (a count from 1 to 4, shown "<5"), or SECONDARY (hidden so a
 *                   primary cell cannot be worked out from the totals, shown "*")
 */
public record Figure(BigDecimal value, Hidden hidden) {
    public static final String SMALL = "<5";
    public static final String COMPLEMENTARY = "*";

    public enum Hidden { NONE, PRIMARY, SECONDARY }

    public static Figure of(long value) {
        return new Figure(BigDecimal.valueOf(value), Hidden.NONE);
    }

    public static Figure of(BigDecimal value) {
        return new Figure(value, Hidden.NONE);
    }

    public boolean shown() {
        return hidden == Hidden.NONE;
    }

    /** The text a reader sees. */
    public String text(FigureTable.Kind kind) {
        return switch (hidden) {
            case PRIMARY -> SMALL;
            case SECONDARY -> COMPLEMENTARY;
            case NONE -> kind == FigureTable.Kind.MONEY ? value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    : value.stripTrailingZeros().toPlainString();
        };
    }
}
