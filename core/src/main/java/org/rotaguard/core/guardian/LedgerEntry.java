package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry in the guardian's fund ledger.
 *
 * @param seq        position in the ledger, from 1
 * @param date       when it takes effect
 * @param kind       fine in, spend out, or reversal
 * @param amount     £, always positive; the kind gives the direction (a reversal the opposite of what it reverses)
 * @param reference  the fine id, the spend's purpose, or the reason for a reversal
 * @param approvedBy spend: who approved it (the forum); else null
 * @param minuteRef  spend: the forum minute reference; else null
 * @param reverses   reversal: the seq of the entry it reverses; else null
 */
public record LedgerEntry(long seq, LocalDate date, EntryKind kind, BigDecimal amount, String reference,
                          String approvedBy, String minuteRef, Long reverses) {
    public LedgerEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a ledger amount must be positive, not " + amount);
        }
        if ((kind == EntryKind.REVERSAL) != (reverses != null)) {
            throw new IllegalArgumentException("a reversal, and only a reversal, names the entry it reverses");
        }
        if (kind == EntryKind.SPEND_OUT && (isBlank(approvedBy) || isBlank(minuteRef))) {
            throw new IllegalArgumentException("spending needs the forum's approval and the minute reference");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
