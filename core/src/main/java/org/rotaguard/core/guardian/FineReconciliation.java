package org.rotaguard.core.guardian;

import java.util.List;
import java.util.Objects;

/**
 * Squares the fines a recompute says are due with the fines already levied: a fine no longer due,
 * or due at a different amount, is reversed by a new negative entry (and the right one levied);
 * nothing levied is ever edited or deleted.
 */
public final class FineReconciliation {
    private FineReconciliation() {
    }

    /** What to append: new fines, and reversals of levied fines no longer due as levied. */
    public record Result(List<Fine> newFines, List<Fine> reversals) {
        public Result {
            newFines = List.copyOf(newFines);
            reversals = List.copyOf(reversals);
        }

        public boolean isEmpty() {
            return newFines.isEmpty() && reversals.isEmpty();
        }
    }

    /**
     * @param desired the fines due now (from a recompute)
     * @param levied  every fine entry appended so far, reversals included
     */
    public static Result reconcile(List<Fine> desired, List<Fine> levied) {
        Objects.requireNonNull(desired);
        Objects.requireNonNull(levied);
        throw new UnsupportedOperationException("not yet");
    }
}
