package org.rotaguard.core.check;

import java.util.List;
import org.rotaguard.core.rota.Doctor;
import org.rotaguard.core.rules.Violation;

/** One doctor's result: the hours summary and every violation, in time order. */
public record DoctorCheck(Doctor doctor, HoursSummary summary, List<Violation> violations) {
    public DoctorCheck {
        violations = List.copyOf(violations);
    }

    public boolean compliant() {
        return violations.isEmpty();
    }
}
