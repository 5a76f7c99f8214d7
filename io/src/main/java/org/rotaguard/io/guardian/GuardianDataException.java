package org.rotaguard.io.guardian;

/** A guardian data file (fine tables, board template) that cannot be read: names the file, line and field. */
public final class GuardianDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GuardianDataException(String message) {
        super(message);
    }

    public GuardianDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
