package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fund over a period [from, until): opening balance, fines paid in, spending paid out (each
 * net of reversals), closing balance; closing = opening + fines − spend.
 */
public record FundSummary(LocalDate from, LocalDate until, BigDecimal opening, BigDecimal fines, BigDecimal spend,
                          BigDecimal closing) {
}
