package org.rotaguard.core.guardian;

import java.util.List;

/**
 * Fines for breaches: the breach's basic-rate hours × the published basic rates and its night
 * hours × the enhanced rates, from the table in force on the breach date for the doctor's nodal
 * point, charged to the department and split between the doctor and the guardian's fund.
 */
public final class FineCalculator {
    private FineCalculator() {
    }

    public static List<Fine> fines(List<Breach> breaches, int nodalPoint, String department, FineTable table) {
        throw new UnsupportedOperationException("not yet");
    }
}
