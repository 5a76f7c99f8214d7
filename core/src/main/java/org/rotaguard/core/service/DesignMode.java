package org.rotaguard.core.service;

import java.util.Arrays;
import java.util.Optional;

/** What the designer produces. */
public enum DesignMode {
    /** A cyclic rota of one template week per doctor; every doctor rotates through every line. */
    TEMPLATE("template"),
    /** Named doctors on real dates over a placement, honouring leave and fixed days. */
    ROSTER("roster");

    private final String id;

    DesignMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DesignMode> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
