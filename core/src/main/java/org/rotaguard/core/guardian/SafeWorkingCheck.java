package org.rotaguard.core.guardian;

import java.util.List;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.rota.Doctor;

/**
 * Finds the breaches of safe working hours in the hours a doctor actually worked. Where the rota
 * checker has a rule for the limit, the very same rule object of the contract pack runs on the
 * worked duties; the on-call rest and missed-break limits, which only reports can show, are
 * checked here. Thread-safe.
 */
public final class SafeWorkingCheck {
    private final ContractPack contract;
    private final SafeWorkingLimits limits;

    public SafeWorkingCheck(ContractPack contract, SafeWorkingLimits limits) {
        this.contract = contract;
        this.limits = limits;
    }

    /** With the 2019 limits. */
    public SafeWorkingCheck(ContractPack contract) {
        this(contract, SafeWorkingLimits.TCS_2019);
    }

    public ContractPack contract() {
        return contract;
    }

    public SafeWorkingLimits limits() {
        return limits;
    }

    /** Breaches of a full-time doctor without an opt-out. */
    public List<Breach> breaches(String doctorId, List<WorkedDuty> worked, List<ApprovedHours> approved,
                                 ReferencePeriod p) {
        return breaches(Doctor.onLine(doctorId, 1), worked, approved, p);
    }

    /** Breaches that begin in the reference period, in time order. */
    public List<Breach> breaches(Doctor doctor, List<WorkedDuty> worked, List<ApprovedHours> approved,
                                 ReferencePeriod p) {
        throw new UnsupportedOperationException("not yet");
    }
}
