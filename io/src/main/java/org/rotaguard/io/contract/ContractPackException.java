package org.rotaguard.io.contract;

/** A contract pack that cannot be used, with the file and field at fault. */
public class ContractPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractPackException(String message) {
        super(message);
    }
}
