package org.rotaguard.core.fatigue;

import java.util.Objects;

/**
 * A complete fatigue model: the Three Process Model's parameters and the rules that infer
 * sleep from a rota. {@link #DEFAULT} is the published parameter set with rule set sleep-v1.
 */
public record FatigueModel(TpmParameters tpm, SleepRules sleep) {
    /** The model's identifier in reports. */
    public static final String ID = "three-process-model";
    public static final FatigueModel DEFAULT = new FatigueModel(TpmParameters.DEFAULTS, SleepRules.SLEEP_V1);

    public FatigueModel {
        Objects.requireNonNull(tpm, "tpm");
        Objects.requireNonNull(sleep, "sleep");
    }

    /** Parameter set and sleep rules, e.g. {@code TPM-Ingre2014-FIPS0.2.1+sleep-v1}: enough to reproduce a result. */
    public String parameterSet() {
        return tpm.name() + "+" + sleep.name();
    }
}
