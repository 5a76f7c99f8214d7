package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The guardian's fund: an append-only list of entries (fines in, spending approved by the resident
 * doctors' forum out, reversals). Immutable: each append returns a new ledger. Spending beyond the
 * balance is refused.
 */
public final class FundLedger {
    private final List<LedgerEntry> entries;

    private FundLedger(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FundLedger empty() {
        return new FundLedger(List.of());
    }

    /** A ledger from stored entries (checked: seq 1, 2, …; reversals name earlier entries; never below zero). */
    public static FundLedger of(List<LedgerEntry> entries) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    public FundLedger fineIn(LocalDate date, BigDecimal amount, String fineId) {
        throw new UnsupportedOperationException("not yet");
    }

    public FundLedger spend(LocalDate date, BigDecimal amount, String purpose, String approvedBy, String minuteRef) {
        throw new UnsupportedOperationException("not yet");
    }

    public FundLedger reverse(long seq, LocalDate date, String reason) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Balance at the end of the given day. */
    public BigDecimal balanceOn(LocalDate date) {
        throw new UnsupportedOperationException("not yet");
    }

    public FundSummary summary(LocalDate from, LocalDate until) {
        throw new UnsupportedOperationException("not yet");
    }

    public FundSummary quarter(Quarter quarter) {
        return summary(quarter.from(), quarter.until());
    }
}
