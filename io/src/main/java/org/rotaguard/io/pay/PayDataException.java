package org.rotaguard.io.pay;

/** Pay data that is missing or cannot be read, or a pay year or contract without data. */
public final class PayDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PayDataException(String message) {
        super(message);
    }
}
