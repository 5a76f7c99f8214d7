package org.rotaguard.core.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One element of a doctor's yearly pay with its working, so a doctor can check it by hand.
 *
 * @param id           the JSON name: basic, additionalHours, nightEnhancement, weekendAllowance,
 *                     onCallAllowance, flexiblePayPremia, ltftAllowance, bandingSupplement
 * @param title        a readable name
 * @param amount       pounds a year, to the penny
 * @param hoursPerWeek the weekly hours the element counted, or NaN when it counts none
 * @param rule         the rule that qualified the hours or the amount
 * @param rate         the rate applied, in words (e.g. "37% of £1,626.20 per weekly hour")
 * @param working      the working, step by step
 */
public record PayElement(String id, String title, BigDecimal amount, double hoursPerWeek, String rule, String rate,
                         List<String> working) {
    public PayElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        title = title == null ? id : title;
        rule = rule == null ? "" : rule;
        rate = rate == null ? "" : rate;
        working = List.copyOf(working);
    }
}
