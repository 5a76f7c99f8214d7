package org.rotaguard.solver;

/**
 * A named group of hard constraints: one contract rule, the cover of one shift type, or the
 * structure of a rota. Groups are what an infeasibility proof names.
 *
 * @param id          rule id, {@code cover:CODE} or {@code structure}
 * @param description what the group requires, in a clinical director's words
 */
public record ConstraintGroup(String id, String description) {
    static final ConstraintGroup STRUCTURE = new ConstraintGroup("structure",
            "a doctor cannot be on two duties at once, and is not rostered on leave or fixed days");

    public boolean isRule() {
        return !id.startsWith("cover:") && !id.equals("structure");
    }
}
