package org.rotaguard.core.guardian;

/** Spending (or a reversal) refused because it would take the fund below zero, or is otherwise not allowed. */
public final class SpendRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpendRefused(String message) {
        super(message);
    }
}
