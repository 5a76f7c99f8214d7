package org.rotaguard.core.fatigue;

import java.util.List;
import org.rotaguard.core.rota.Rota;

/** Predicted sleepiness on every duty of a rota, doctor by doctor, under one model. */
public record RotaFatigue(Rota rota, FatigueModel model, List<DoctorFatigue> doctors) {
    public RotaFatigue {
        doctors = List.copyOf(doctors);
    }

    /** Number of scored duties in all. */
    public int dutyCount() {
        return doctors.stream().mapToInt(d -> d.duties().size()).sum();
    }
}
