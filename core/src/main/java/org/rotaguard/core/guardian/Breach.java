package org.rotaguard.core.guardian;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One safe-working breach found in the hours a doctor actually worked.
 *
 * @param ruleId          one of {@link SafeWorkingRule}'s ids
 * @param doctorId        the doctor
 * @param from            start of the duties, window or period that broke the limit
 * @param to              its end
 * @param minutes         the breach in minutes: hours over the limit, rest lost, or break time missed
 * @param enhancedMinutes those of {@code minutes} that fall in night-enhanced time (fined at the enhanced rate)
 * @param working         how it was worked out: what, the hours, the limit and by how much
 * @param source          the contract paragraph or guidance the limit comes from
 */
public record Breach(String ruleId, String doctorId, ZonedDateTime from, ZonedDateTime to, int minutes,
                     int enhancedMinutes, String working, String source) {
    public Breach {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (minutes < 0 || enhancedMinutes < 0 || enhancedMinutes > minutes) {
            throw new IllegalArgumentException("breach minutes " + minutes + " (enhanced " + enhancedMinutes
                    + ") are not possible");
        }
        working = working == null ? "" : working;
        source = source == null ? "" : source;
    }

    /** Minutes fined at the basic rate. */
    public int basicMinutes() {
        return minutes - enhancedMinutes;
    }

    /** A stable key: the same breach found again by a later recompute has the same key. */
    public String key() {
        return ruleId + "|" + doctorId + "|" + from.toInstant();
    }

    /** The rule broken. */
    public SafeWorkingRule rule() {
        return SafeWorkingRule.fromId(ruleId).orElseThrow();
    }
}
