package org.rotaguard.core.reporting;

/**
 * Evidence the reform asks for in place of supervisor sign-off (NHS Employers evidencing guidance,
 * 18 Dec 2025; detail MED): an electronic timestamp, a location, corroboration by another
 * regulated clinician (name and GMC/NMC/HCPC number), an extract of the rota for the date, or other.
 */
public enum EvidenceKind {
    TIMESTAMP, LOCATION, CORROBORATION, ROTA_EXTRACT, OTHER
}
