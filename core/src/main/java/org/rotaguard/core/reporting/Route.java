package org.rotaguard.core.reporting;

/** Who reviews a report first: the educational supervisor (v12), HR / medical workforce or the DME (v13). */
public enum Route {
    SUPERVISOR(Role.SUPERVISOR), HR(Role.HR), DME(Role.DME);

    private final Role reviewer;

    Route(Role reviewer) {
        this.reviewer = reviewer;
    }

    /** The role that reviews reports on this route. */
    public Role reviewer() {
        return reviewer;
    }
}
