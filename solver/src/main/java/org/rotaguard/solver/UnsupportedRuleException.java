package org.rotaguard.solver;

/** The contract has a rule the designer cannot encode, so it cannot promise a compliant rota. */
public final class UnsupportedRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedRuleException(String message) {
        super(message);
    }
}
