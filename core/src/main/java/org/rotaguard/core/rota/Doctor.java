package org.rotaguard.core.rota;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A doctor on the rota.
 *
 * @param id               unique identifier within the rota
 * @param name             free text, may be empty
 * @param grade            free text such as FY1, CT2, ST5; may be empty
 * @param nodalPoint       1–5, or 0 when not given
 * @param ltft             fraction of full time, 0 &lt; ltft ≤ 1
 * @param wtrOptOut        has signed the Working Time Regulations opt-out
 * @param line             1-based template line the doctor starts on, or 0 for an assignments rota
 * @param prospectiveCover leave cover for the 2002 contract, or null for the rota's
 */
public record Doctor(String id, String name, String grade, int nodalPoint, double ltft,
                     boolean wtrOptOut, int line, ProspectiveCover prospectiveCover) {

    public Doctor {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("doctor id is blank");
        }
        name = name == null ? "" : name;
        grade = grade == null ? "" : grade;
        if (nodalPoint < 0 || nodalPoint > 5) {
            throw new IllegalArgumentException("nodal point must be 1 to 5");
        }
        if (!(ltft > 0 && ltft <= 1)) {
            throw new IllegalArgumentException("ltft must be more than 0 and at most 1");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be positive");
        }
    }

    /** A full-time doctor with just an id and a template line. */
    public static Doctor onLine(String id, int line) {
        return new Doctor(id, "", "", 0, 1.0, false, line, null);
    }

    public Doctor withLtft(double fraction) {
        return new Doctor(id, name, grade, nodalPoint, fraction, wtrOptOut, line, prospectiveCover);
    }

    public Doctor withProspectiveCover(ProspectiveCover cover) {
        return new Doctor(id, name, grade, nodalPoint, ltft, wtrOptOut, line, cover);
    }

    public Doctor withWtrOptOut(boolean optOut) {
        return new Doctor(id, name, grade, nodalPoint, ltft, optOut, line, prospectiveCover);
    }

    public OptionalInt nodalPointIfKnown() {
        return nodalPoint == 0 ? OptionalInt.empty() : OptionalInt.of(nodalPoint);
    }

    public boolean lessThanFullTime() {
        return ltft < 1.0;
    }

    /** The name if there is one, otherwise the id. */
    public String label() {
        return name.isEmpty() ? id : name;
    }
}
