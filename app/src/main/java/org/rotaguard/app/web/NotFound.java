package org.rotaguard.app.web;

/** A rota (or doctor) that does not exist. */
public final class NotFound extends Exception {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
