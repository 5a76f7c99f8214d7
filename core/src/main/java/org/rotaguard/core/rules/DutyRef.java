package org.rotaguard.core.rules;

import java.time.ZonedDateTime;

/** A duty named in a finding: its code and real start and end. */
public record DutyRef(String code, ZonedDateTime start, ZonedDateTime end) {
}
