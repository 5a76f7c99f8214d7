package org.rotaguard.core.check;

import java.util.List;
import org.rotaguard.core.rota.Rota;

/** The result of checking a rota against one contract. */
public record RotaCheck(Rota rota, ContractPack contract, List<DoctorCheck> doctors) {
    public RotaCheck {
        doctors = List.copyOf(doctors);
    }

    public boolean compliant() {
        return doctors.stream().allMatch(DoctorCheck::compliant);
    }

    public int violationCount() {
        return doctors.stream().mapToInt(d -> d.violations().size()).sum();
    }
}
