package org.rotaguard.core.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineReconciliationTest {
    private static Fine fine(String key, String total) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal doctor = t.multiply(new BigDecimal("0.375")).setScale(2, java.math.RoundingMode.HALF_UP);
        return new Fine("SAFE_WORKING|" + key + "|" + total, FineType.SAFE_WORKING, key, "dr-a", "Surgery",
                LocalDate.of(2026, 6, 1), 3, t, doctor, t.subtract(doctor), "t", "w");
    }

    @Test
    void nothingLeviedLeviesEverything() {
        var r = FineReconciliation.reconcile(List.of(fine("a", "87.04"), fine("b", "10.00")), List.of());
        assertThat(r.newFines()).extracting(Fine::breachKey).containsExactly("a", "b");
        assertThat(r.reversals()).isEmpty();
    }

    @Test
    void theSameFinesAgainChangeNothing() {
        List<Fine> levied = List.of(fine("a", "87.04"));
        assertThat(FineReconciliation.reconcile(List.of(fine("a", "87.04")), levied).isEmpty()).isTrue();
    }

    @Test
    void aFineNoLongerDueIsReversedNotDeleted() {
        Fine a = fine("a", "87.04");
        var r = FineReconciliation.reconcile(List.of(), List.of(a));
        assertThat(r.newFines()).isEmpty();
        assertThat(r.reversals()).singleElement().satisfies(rev -> {
            assertThat(rev.id()).isEqualTo("REV:" + a.id());
            assertThat(rev.total()).isEqualByComparingTo("-87.04");
            assertThat(rev.doctorShare()).isEqualByComparingTo(a.doctorShare().negate());
            assertThat(rev.guardianShare()).isEqualByComparingTo(a.guardianShare().negate());
            assertThat(rev.reversal()).isTrue();
            assertThat(rev.working()).contains("Reverses fine " + a.id()).contains("no breach any more");
            assertThat(FineReconciliation.reversedId(rev)).contains(a.id());
        });
    }

    @Test
    void aChangedAmountReversesTheOldFineAndLeviesTheNewOne() {
        var r = FineReconciliation.reconcile(List.of(fine("a", "100.00")), List.of(fine("a", "87.04")));
        assertThat(r.reversals()).singleElement().satisfies(rev -> assertThat(rev.total()).isEqualByComparingTo("-87.04"));
        assertThat(r.newFines()).singleElement().satisfies(f -> assertThat(f.total()).isEqualByComparingTo("100.00"));
    }

    @Test
    void aReversedFineDueAgainIsLeviedAfreshUnderANewId() {
        Fine a = fine("a", "87.04");
        List<Fine> ledger = new ArrayList<>(List.of(a, FineReconciliation.reversal(a, "withdrawn")));
        var r = FineReconciliation.reconcile(List.of(fine("a", "87.04")), ledger);
        assertThat(r.reversals()).isEmpty();
        assertThat(r.newFines()).singleElement().satisfies(f -> assertThat(f.id()).isEqualTo(a.id() + "/2"));
        ledger.addAll(r.newFines());
        assertThat(FineReconciliation.standing(ledger)).extracting(Fine::id).containsExactly(a.id() + "/2");
        assertThat(FineReconciliation.net(ledger)).isEqualByComparingTo("87.04");
    }

    @Test
    void repeatedRecomputesConvergeAndTheNetIsWhatIsDue() {
        List<Fine> ledger = new ArrayList<>();
        List<List<Fine>> recomputes = List.of(List.of(fine("a", "10.00"), fine("b", "20.00")),
                List.of(fine("a", "12.00")), List.of(fine("a", "12.00"), fine("b", "20.00")), List.of());
        for (List<Fine> due : recomputes) {
            var r = FineReconciliation.reconcile(due, ledger);
            ledger.addAll(r.reversals());
            ledger.addAll(r.newFines());
            assertThat(FineReconciliation.net(ledger)).isEqualByComparingTo(FineReconciliation.net(due));
            assertThat(FineReconciliation.reconcile(due, ledger).isEmpty()).isTrue();
        }
        assertThat(ledger).extracting(Fine::id).doesNotHaveDuplicates();
    }

    @Test
    void aReversalCannotBeReversed() {
        Fine rev = FineReconciliation.reversal(fine("a", "1.00"), "x");
        assertThatThrownBy(() -> FineReconciliation.reversal(rev, "y")).hasMessageContaining("cannot itself be reversed");
    }
}
