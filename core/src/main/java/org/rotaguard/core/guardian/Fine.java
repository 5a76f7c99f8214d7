package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fine charged to a department. A reversing entry is a Fine with negated amounts whose
 * {@code working} names the fine it reverses.
 *
 * @param id            stable id (from the breach key, or the reversed fine's id with a suffix)
 * @param type          kind of fine
 * @param breachKey     {@link Breach#key()} (or the v13 event's key)
 * @param doctorId      the doctor
 * @param department    the department charged
 * @param date          the breach date that chose the table
 * @param nodalPoint    the doctor's nodal point
 * @param total         total charged, £
 * @param doctorShare   paid to the doctor, £
 * @param guardianShare paid into the guardian's fund, £
 * @param tableRef      table and source used
 * @param working       hours × rates, written out
 */
public record Fine(String id, FineType type, String breachKey, String doctorId, String department, LocalDate date,
                   int nodalPoint, BigDecimal total, BigDecimal doctorShare, BigDecimal guardianShare, String tableRef,
                   String working) {
    public Fine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(breachKey, "breachKey");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(doctorShare, "doctorShare");
        Objects.requireNonNull(guardianShare, "guardianShare");
        if (total.compareTo(doctorShare.add(guardianShare)) != 0) {
            throw new IllegalArgumentException("fine " + id + ": total " + total + " is not the doctor's share "
                    + doctorShare + " plus the guardian's " + guardianShare);
        }
        tableRef = tableRef == null ? "" : tableRef;
        working = working == null ? "" : working;
    }

    /** Whether this is a reversing entry (negative amounts). */
    public boolean reversal() {
        return total.signum() < 0;
    }

    /** The same amounts and facts as another fine, ignoring id and working text. */
    public boolean sameCharge(Fine other) {
        return type == other.type && breachKey.equals(other.breachKey) && Objects.equals(doctorId, other.doctorId)
                && Objects.equals(department, other.department) && date.equals(other.date)
                && nodalPoint == other.nodalPoint && total.compareTo(other.total) == 0
                && doctorShare.compareTo(other.doctorShare) == 0 && guardianShare.compareTo(other.guardianShare) == 0;
    }
}
