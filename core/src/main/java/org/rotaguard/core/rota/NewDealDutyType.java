package org.rotaguard.core.rota;

import java.util.Arrays;
import java.util.Optional;

/** Duty types of the 2002 New Deal. */
public enum NewDealDutyType {
    FULL_SHIFT("full-shift"),
    PARTIAL_SHIFT("partial-shift"),
    TWENTY_FOUR_HOUR_PARTIAL_SHIFT("24h-partial-shift"),
    ON_CALL("on-call"),
    NORMAL_DAY("normal-day");

    private final String id;

    NewDealDutyType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<NewDealDutyType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
