package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundLedgerTest {
    private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);

    private static BigDecimal gbp(String s) {
        return new BigDecimal(s);
    }

    private FundLedger sample() {
        return FundLedger.empty()
                .fineIn(LocalDate.of(2026, 4, 10), gbp("300.00"), "F1")
                .fineIn(LocalDate.of(2026, 5, 2), gbp("200.50"), "F2")
                .spend(LocalDate.of(2026, 6, 30), gbp("150.00"), "Mess kettle and fridge", "Resident doctors' forum",
                        "RDF 2026-06 item 4")
                .fineIn(LocalDate.of(2026, 7, 1), gbp("99.50"), "F3")
                .reverse(2, LocalDate.of(2026, 7, 15), "Fine F2 withdrawn on recompute");
    }

    @Test
    void balancesAtAnyDate() {
        FundLedger l = sample();
        assertThat(l.balanceOn(LocalDate.of(2026, 4, 9))).isEqualByComparingTo("0");
        assertThat(l.balanceOn(LocalDate.of(2026, 4, 10))).isEqualByComparingTo("300.00");
        assertThat(l.balanceOn(LocalDate.of(2026, 6, 29))).isEqualByComparingTo("500.50");
        assertThat(l.balanceOn(LocalDate.of(2026, 6, 30))).isEqualByComparingTo("350.50");
        assertThat(l.balanceOn(LocalDate.of(2026, 7, 15))).isEqualByComparingTo("249.50");
        assertThat(l.balance()).isEqualByComparingTo("249.50");
    }

    @Test
    void quarterlySummariesChainAndNetReversalsAgainstWhatTheyReverse() {
        FundLedger l = sample();
        FundSummary q1 = l.quarter(new Quarter(2026, 1));
        assertThat(q1.opening()).isEqualByComparingTo("0");
        assertThat(q1.fines()).isEqualByComparingTo("500.50");
        assertThat(q1.spend()).isEqualByComparingTo("150.00");
        assertThat(q1.closing()).isEqualByComparingTo("350.50");
        FundSummary q2 = l.quarter(new Quarter(2026, 2));
        assertThat(q2.opening()).isEqualByComparingTo(q1.closing());
        assertThat(q2.fines()).isEqualByComparingTo("-101.00"); // 99.50 in, 200.50 reversed
        assertThat(q2.spend()).isEqualByComparingTo("0");
        assertThat(q2.closing()).isEqualByComparingTo("249.50");
        FundSummary year = l.year(2026);
        assertThat(year.fines()).isEqualByComparingTo("399.50");
        assertThat(year.closing()).isEqualByComparingTo(q2.closing());
    }

    @Test
    void spendingBeyondTheBalanceIsRefused() {
        FundLedger l = FundLedger.empty().fineIn(APR_1, gbp("100.00"), "F1");
        assertThat(l.spend(APR_1, gbp("100.00"), "All of it", "RDF", "M1").balance()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> l.spend(APR_1, gbp("100.01"), "Too much", "RDF", "M1"))
                .isInstanceOf(SpendRefused.class).hasMessageContaining("more than the fund's balance of £100.00");
    }

    @Test
    void spendingNeedsTheForumsApprovalAndMinute() {
        FundLedger l = FundLedger.empty().fineIn(APR_1, gbp("100.00"), "F1");
        assertThatThrownBy(() -> l.spend(APR_1, gbp("10.00"), "x", "RDF", " ")).hasMessageContaining("minute");
        assertThatThrownBy(() -> l.spend(APR_1, gbp("10.00"), "x", null, "M1")).hasMessageContaining("approval");
    }

    @Test
    void entriesAreNeverChangedAndEachAppendIsANewLedger() {
        FundLedger before = FundLedger.empty().fineIn(APR_1, gbp("10.00"), "F1");
        FundLedger after = before.reverse(1, APR_1, "withdrawn");
        assertThat(before.entries()).hasSize(1);
        assertThat(after.entries()).hasSize(2);
        assertThat(after.entries().get(0)).isEqualTo(before.entries().get(0));
        assertThat(after.latest().kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(after.latest().reverses()).isEqualTo(1L);
        assertThatThrownBy(() -> after.entries().add(after.latest())).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEntryIsReversedOnceAndAReversalNever() {
        FundLedger l = FundLedger.empty().fineIn(APR_1, gbp("10.00"), "F1").reverse(1, APR_1, "withdrawn");
        assertThatThrownBy(() -> l.reverse(1, APR_1, "again")).hasMessageContaining("already been reversed");
        assertThatThrownBy(() -> l.reverse(2, APR_1, "undo")).hasMessageContaining("itself a reversal");
        assertThatThrownBy(() -> l.reverse(3, APR_1, "none")).hasMessageContaining("no entry 3");
    }

    @Test
    void aReversedSpendGoesBackIntoTheFund() {
        FundLedger l = FundLedger.empty().fineIn(APR_1, gbp("50.00"), "F1")
                .spend(APR_1, gbp("50.00"), "Books", "RDF", "M1").reverse(2, APR_1.plusDays(1), "refunded");
        assertThat(l.balance()).isEqualByComparingTo("50.00");
        assertThat(l.quarter(new Quarter(2026, 1)).spend()).isEqualByComparingTo("0");
    }

    @Test
    void entriesArePostedInDateOrderInWholePence() {
        FundLedger l = FundLedger.empty().fineIn(APR_1.plusDays(5), gbp("50.00"), "F1");
        assertThatThrownBy(() -> l.fineIn(APR_1, gbp("1.00"), "F0")).hasMessageContaining("date order");
        assertThatThrownBy(() -> l.fineIn(APR_1.plusDays(5), gbp("1.001"), "F2")).hasMessageContaining("whole pence");
        assertThatThrownBy(() -> l.fineIn(APR_1.plusDays(5), gbp("0"), "F2")).hasMessageContaining("positive");
    }

    @Test
    void storedEntriesAreCheckedWhenLoaded() {
        FundLedger l = sample();
        assertThat(FundLedger.of(l.entries()).balance()).isEqualByComparingTo(l.balance());
        var outOfOrder = new java.util.ArrayList<>(l.entries());
        java.util.Collections.swap(outOfOrder, 0, 1);
        assertThatThrownBy(() -> FundLedger.of(outOfOrder)).hasMessageContaining("out of order");
    }

    @Test
    void quartersOfTheFinancialYear() {
        assertThat(Quarter.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2025, 4));
        assertThat(Quarter.containing(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.containing(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 3));
        assertThat(new Quarter(2025, 4).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(new Quarter(2025, 4).until()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(new Quarter(2025, 4).next()).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2025, 3).label()).isEqualTo("Q3 2025/26");
    }
}
