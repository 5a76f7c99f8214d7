package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Squares the fines a recompute says are due with the fines already levied: a fine no longer due,
 * or due at a different amount, is reversed by a new negative entry (and the right one levied);
 * nothing levied is ever edited or deleted.
 */
public final class FineReconciliation {
    /** Prefix of a reversing entry's id, before the id of the fine it reverses. */
    public static final String REVERSAL_PREFIX = "REV:";

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

    /** The id of the fine a reversing entry reverses. */
    public static Optional<String> reversedId(Fine fine) {
        return fine.id().startsWith(REVERSAL_PREFIX) ? Optional.of(fine.id().substring(REVERSAL_PREFIX.length()))
                : Optional.empty();
    }

    /** The levied fines still standing: not reversals, and not reversed. */
    public static List<Fine> standing(List<Fine> levied) {
        Set<String> reversed = new HashSet<>();
        for (Fine f : levied) {
            reversedId(f).ifPresent(reversed::add);
        }
        List<Fine> standing = new ArrayList<>();
        for (Fine f : levied) {
            if (reversedId(f).isEmpty() && !reversed.contains(f.id())) {
                standing.add(f);
            }
        }
        return standing;
    }

    /**
     * @param desired the fines due now (from a recompute)
     * @param levied  every fine entry appended so far, reversals included
     */
    public static Result reconcile(List<Fine> desired, List<Fine> levied) {
        Objects.requireNonNull(desired);
        Objects.requireNonNull(levied);
        Set<String> usedIds = new HashSet<>();
        for (Fine f : levied) {
            usedIds.add(f.id());
        }
        Map<String, List<Fine>> standingByKey = new LinkedHashMap<>();
        for (Fine f : standing(levied)) {
            standingByKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        List<Fine> newFines = new ArrayList<>();
        List<Fine> reversals = new ArrayList<>();
        Set<String> desiredKeys = new HashSet<>();
        for (Fine want : desired) {
            if (!desiredKeys.add(key(want))) {
                throw new IllegalArgumentException("two fines are due for the same breach " + want.breachKey());
            }
            List<Fine> standing = standingByKey.getOrDefault(key(want), List.of());
            boolean matched = false;
            for (Fine have : standing) {
                if (!matched && have.sameCharge(want)) {
                    matched = true;
                } else {
                    reversals.add(reversal(have, "the recompute finds " + want.total().toPlainString()
                            + " due for this breach instead"));
                }
            }
            if (!matched) {
                newFines.add(withUniqueId(want, usedIds));
            }
        }
        for (Map.Entry<String, List<Fine>> e : standingByKey.entrySet()) {
            if (!desiredKeys.contains(e.getKey())) {
                for (Fine have : e.getValue()) {
                    reversals.add(reversal(have, "the recompute finds no breach any more"));
                }
            }
        }
        return new Result(newFines, reversals);
    }

    /** The reversing entry of a levied fine: the same facts with every amount negated. */
    public static Fine reversal(Fine fine, String reason) {
        if (reversedId(fine).isPresent()) {
            throw new IllegalArgumentException("a reversal cannot itself be reversed: " + fine.id());
        }
        return new Fine(REVERSAL_PREFIX + fine.id(), fine.type(), fine.breachKey(), fine.doctorId(), fine.department(),
                fine.date(), fine.nodalPoint(), fine.total().negate(), fine.doctorShare().negate(),
                fine.guardianShare().negate(), fine.tableRef(), "Reverses fine " + fine.id() + " of £"
                + fine.total().toPlainString() + ": " + reason + ".");
    }

    private static Fine withUniqueId(Fine f, Set<String> used) {
        String id = f.id();
        for (int n = 2; used.contains(id); n++) {
            id = f.id() + "/" + n;
        }
        used.add(id);
        return id.equals(f.id()) ? f : new Fine(id, f.type(), f.breachKey(), f.doctorId(), f.department(), f.date(),
                f.nodalPoint(), f.total(), f.doctorShare(), f.guardianShare(), f.tableRef(), f.working());
    }

    private static String key(Fine f) {
        return f.type() + "|" + f.breachKey();
    }

    /** Net total of a list of fine entries (reversals count negative). */
    public static BigDecimal net(List<Fine> entries) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Fine f : entries) {
            sum = sum.add(f.total());
        }
        return sum;
    }
}
