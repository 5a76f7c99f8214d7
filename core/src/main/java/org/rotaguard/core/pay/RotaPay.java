package org.rotaguard.core.pay;

import java.util.List;
import org.rotaguard.core.rota.Rota;

/** Pay for every doctor of a rota under one contract and pay year. */
public record RotaPay(Rota rota, String contract, String payYear, List<DoctorPay> doctors) {
    public RotaPay {
        doctors = List.copyOf(doctors);
    }
}
