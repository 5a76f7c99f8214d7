package org.rotaguard.app;

/** Input or arguments that cannot be used; the message says why and goes to standard error. */
public final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
