package org.rotaguard.core.reporting;

import java.time.ZonedDateTime;

/**
 * One piece of evidence attached to a report.
 *
 * @param kind       what it is
 * @param detail     e.g. "Dr A Khan, GMC 7012345" for corroboration, a place, a file reference
 * @param capturedAt when it was captured (may be null when unknown, e.g. a rota extract)
 */
public record Evidence(EvidenceKind kind, String detail, ZonedDateTime capturedAt) {
    public static final int MAX_DETAIL = 2000;

    public Evidence {
        if (kind == null) {
            throw new IllegalArgumentException("evidence needs a kind (" + java.util.Arrays.toString(EvidenceKind.values()) + ")");
        }
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("evidence of kind " + kind + " needs a detail");
        }
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("evidence detail is " + detail.length() + " characters; at most "
                    + MAX_DETAIL);
        }
        if (kind == EvidenceKind.CORROBORATION && !detail.matches(".*\\d{4,}.*")) {
            throw new IllegalArgumentException("corroboration needs the clinician's name and registration number"
                    + " (GMC, NMC or HCPC), e.g. \"Dr A Khan, GMC 7012345\"");
        }
    }
}
