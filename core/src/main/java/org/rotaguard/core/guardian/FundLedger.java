package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The guardian's fund: an append-only list of entries (fines in, spending approved by the
 * resident doctors' forum out, reversals). Immutable: each append returns a new ledger with one
 * more entry, never changing one. Entries are posted in date order (a new entry is dated no
 * earlier than the last), so a balance is simply the sum up to a date. Spending beyond the balance
 * is refused; an entry is reversed at most once, and a reversal is never reversed.
 */
public final class FundLedger {
    private final List<LedgerEntry> entries;
    private final BigDecimal balance;

    private FundLedger(List<LedgerEntry> entries, BigDecimal balance) {
        this.entries = entries;
        this.balance = balance;
    }

    public static FundLedger empty() {
        return new FundLedger(List.of(), BigDecimal.ZERO);
    }

    /** A ledger from stored entries, each checked as if appended in turn. */
    public static FundLedger of(List<LedgerEntry> stored) {
        FundLedger ledger = empty();
        for (LedgerEntry e : stored) {
            ledger = ledger.append(e);
        }
        return ledger;
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The last entry appended. */
    public LedgerEntry latest() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("the ledger is empty");
        }
        return entries.get(entries.size() - 1);
    }

    /** The balance after every entry. */
    public BigDecimal balance() {
        return balance;
    }

    /** The guardian's share of a fine, paid in. */
    public FundLedger fineIn(LocalDate date, BigDecimal amount, String fineId) {
        return append(new LedgerEntry(nextSeq(), date, EntryKind.FINE_IN, amount, fineId, null, null, null));
    }

    /** Spending approved by the forum (who approved it, and the minute recording it). */
    public FundLedger spend(LocalDate date, BigDecimal amount, String purpose, String approvedBy, String minuteRef) {
        return append(new LedgerEntry(nextSeq(), date, EntryKind.SPEND_OUT, amount, purpose, approvedBy, minuteRef, null));
    }

    /** Reverses entry {@code seq} (a fine withdrawn, a payment returned) with a new entry. */
    public FundLedger reverse(long seq, LocalDate date, String reason) {
        LedgerEntry original = entry(seq);
        return append(new LedgerEntry(nextSeq(), date, EntryKind.REVERSAL, original.amount(), reason, null, null, seq));
    }

    /** Appends an entry as stored or built elsewhere, checking it. */
    public FundLedger append(LedgerEntry e) {
        Objects.requireNonNull(e);
        if (e.seq() != nextSeq()) {
            throw new IllegalArgumentException("ledger entry " + e.seq() + " out of order: the next is " + nextSeq());
        }
        if (e.amount().scale() > 2) {
            throw new IllegalArgumentException("ledger entry " + e.seq() + ": " + e.amount() + " is not whole pence");
        }
        if (!entries.isEmpty() && e.date().isBefore(latest().date())) {
            throw new IllegalArgumentException("ledger entry " + e.seq() + " is dated " + e.date()
                    + ", before the last entry's " + latest().date() + "; entries are posted in date order");
        }
        BigDecimal effect = effect(e);
        if (e.kind() == EntryKind.REVERSAL) {
            LedgerEntry original = entry(e.reverses());
            if (original.kind() == EntryKind.REVERSAL) {
                throw new SpendRefused("entry " + original.seq() + " is itself a reversal and cannot be reversed");
            }
            if (reversedSeqs().contains(original.seq())) {
                throw new SpendRefused("entry " + original.seq() + " has already been reversed");
            }
            if (e.amount().compareTo(original.amount()) != 0) {
                throw new IllegalArgumentException("a reversal undoes the whole of entry " + original.seq()
                        + " (£" + original.amount().toPlainString() + "), not £" + e.amount().toPlainString());
            }
        }
        BigDecimal after = balance.add(effect);
        if (e.kind() == EntryKind.SPEND_OUT && after.signum() < 0) {
            throw new SpendRefused("spending £" + e.amount().toPlainString() + " is more than the fund's balance of £"
                    + balance.toPlainString());
        }
        List<LedgerEntry> next = new ArrayList<>(entries.size() + 1);
        next.addAll(entries);
        next.add(e);
        return new FundLedger(List.copyOf(next), after);
    }

    /** Balance at the end of the given day. */
    public BigDecimal balanceOn(LocalDate date) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            if (e.date().isAfter(date)) {
                break;
            }
            sum = sum.add(effect(e));
        }
        return sum;
    }

    /**
     * The fund over [from, until): opening balance, fines in net of fine reversals, spending net of
     * spending reversals, closing balance.
     */
    public FundSummary summary(LocalDate from, LocalDate until) {
        BigDecimal opening = balanceOn(from.minusDays(1));
        BigDecimal fines = BigDecimal.ZERO;
        BigDecimal spend = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            if (e.date().isBefore(from) || !e.date().isBefore(until)) {
                continue;
            }
            EntryKind kind = e.kind() == EntryKind.REVERSAL ? entry(e.reverses()).kind() : e.kind();
            BigDecimal amount = e.kind() == EntryKind.REVERSAL ? e.amount().negate() : e.amount();
            if (kind == EntryKind.FINE_IN) {
                fines = fines.add(amount);
            } else {
                spend = spend.add(amount);
            }
        }
        return new FundSummary(from, until, opening, fines, spend, opening.add(fines).subtract(spend));
    }

    public FundSummary quarter(Quarter quarter) {
        return summary(quarter.from(), quarter.until());
    }

    /** The financial year from 1 April of {@code financialYear}. */
    public FundSummary year(int financialYear) {
        return summary(LocalDate.of(financialYear, 4, 1), LocalDate.of(financialYear + 1, 4, 1));
    }

    public LedgerEntry entry(long seq) {
        if (seq < 1 || seq > entries.size()) {
            throw new IllegalArgumentException("the ledger has no entry " + seq);
        }
        return entries.get((int) seq - 1);
    }

    private long nextSeq() {
        return entries.size() + 1L;
    }

    private Set<Long> reversedSeqs() {
        Set<Long> reversed = new HashSet<>();
        for (LedgerEntry e : entries) {
            if (e.reverses() != null) {
                reversed.add(e.reverses());
            }
        }
        return reversed;
    }

    /** What an entry does to the balance. */
    private BigDecimal effect(LedgerEntry e) {
        return switch (e.kind()) {
            case FINE_IN -> e.amount();
            case SPEND_OUT -> e.amount().negate();
            case REVERSAL -> effect(entry(e.reverses())).negate();
        };
    }
}
