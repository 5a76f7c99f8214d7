package org.rotaguard.core.pay;

/** The rota cannot be priced as asked (a doctor without a nodal point, a point the year lacks). */
public final class PayException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public PayException(String message) {
        super(message);
    }
}
