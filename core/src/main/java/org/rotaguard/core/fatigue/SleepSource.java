package org.rotaguard.core.fatigue;

import java.util.Locale;

/** Where a doctor's sleep in a simulation came from. */
public enum SleepSource {
    /** Inferred from the duties alone. */
    INFERRED,
    /** Supplied by the user for the whole simulated period. */
    SUPPLIED,
    /** Supplied for part of the period, inferred for the rest. */
    MIXED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
