package org.rotaguard.core.service;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A doctor's wish for one date: a day off ({@code code} null) or a particular shift. Requests
 * are honoured where the rules and cover allow; those not honoured are reported.
 *
 * @param date the date
 * @param code the shift code wanted, or null for no duty that day
 */
public record Request(LocalDate date, String code) {
    public Request {
        Objects.requireNonNull(date, "date");
    }

    public boolean wantsOff() {
        return code == null;
    }

    @Override
    public String toString() {
        return (code == null ? "off" : code) + " on " + date;
    }
}
