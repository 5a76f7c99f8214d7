package org.rotaguard.core.reporting;

import java.time.Instant;
import java.util.Map;

/**
 * A request to act on a report.
 *
 * @param reason free text; required for rejections, disputes, clarifications, withdrawals and escalations
 * @param data   small key/values, e.g. {@code outcome=TOIL}, {@code date=2026-03-02}, {@code mandatoryToil=rest-under-11h}
 */
public record Command(CommandType type, Actor actor, Instant at, String reason, Map<String, String> data) {
    /** Data key: rule ids (comma separated) of a safe-working breach that makes TOIL mandatory. */
    public static final String MANDATORY_TOIL = "mandatoryToil";
    /** Data key: a v12 {@link Outcome}. */
    public static final String OUTCOME = "outcome";
    /** Data key: the date TOIL is booked for (YYYY-MM-DD). */
    public static final String DATE = "date";
    /** Data key: the payroll run a claim went into. */
    public static final String PAYROLL_RUN = "payrollRun";

    public Command {
        if (type == null || actor == null || at == null) {
            throw new IllegalArgumentException("a command needs a type, an actor and a time");
        }
        reason = reason == null ? "" : reason.strip();
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public static Command of(CommandType type, Actor actor, Instant at) {
        return new Command(type, actor, at, "", Map.of());
    }

    public static Command of(CommandType type, Actor actor, Instant at, String reason) {
        return new Command(type, actor, at, reason, Map.of());
    }

    public Command with(String key, String value) {
        java.util.Map<String, String> d = new java.util.HashMap<>(data);
        d.put(key, value);
        return new Command(type, actor, at, reason, d);
    }
}
