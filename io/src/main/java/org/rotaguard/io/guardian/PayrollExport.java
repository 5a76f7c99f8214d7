package org.rotaguard.io.guardian;

import java.io.IOException;
import java.util.List;
import org.rotaguard.core.guardian.PayrollClaim;

/** Approved exception-report pay claims as a CSV file for payroll. */
public final class PayrollExport {
    private PayrollExport() {
    }

    public static void write(List<PayrollClaim> claims, Appendable out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    public static String render(List<PayrollClaim> claims) {
        throw new UnsupportedOperationException("not yet");
    }
}
