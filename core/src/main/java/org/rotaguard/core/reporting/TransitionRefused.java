package org.rotaguard.core.reporting;

/** A command the workflow will not carry out, with a message for the person who asked. */
public final class TransitionRefused extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, so callers can answer suitably (forbidden, conflict, bad request). */
    public enum Why {
        /** The report is closed. */
        CLOSED,
        /** The command does not exist in the report's current state (or version). */
        NOT_IN_THIS_STATE,
        /** The actor's role may not take this step. */
        ROLE,
        /** A reviewer acting on their own report. */
        OWN_REPORT,
        /** A doctor acting on another doctor's report. */
        NOT_THE_DOCTOR,
        /** A reason is required and none was given. */
        REASON_REQUIRED,
        /** Mandatory TOIL blocks pay. */
        MANDATORY_TOIL,
        /** Data missing or malformed (outcome, date…). */
        INVALID_DATA,
        /** The command is dated before the report's last event. */
        OUT_OF_ORDER
    }

    private final Why why;
    private final CommandType command;
    private final ReportState state;

    public TransitionRefused(Why why, CommandType command, ReportState state, String message) {
        super(message);
        this.why = why;
        this.command = command;
        this.state = state;
    }

    public Why why() {
        return why;
    }

    public CommandType command() {
        return command;
    }

    public ReportState state() {
        return state;
    }
}
