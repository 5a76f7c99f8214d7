package org.rotaguard.app.web;

/** Input that cannot be used; the message is shown to the user as it is. */
public final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message, null, false, false);
    }
}
