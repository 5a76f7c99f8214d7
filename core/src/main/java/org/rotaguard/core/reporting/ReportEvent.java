package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * One appended event of a report's log: who acted, in which role, when, why, and under which
 * version of the process. Events are never edited; the current state is derived from them.
 *
 * @param seq  1, 2, 3… within the report
 * @param data small key/values (sorted, so an event's text is stable), e.g. {@code compensation=TOIL}
 */
public record ReportEvent(String reportId, int seq, EventType type, Actor actor, Instant at, String reason,
                          ProcessVersion version, Map<String, String> data) {
    public ReportEvent {
        if (reportId == null || reportId.isBlank()) {
            throw new IllegalArgumentException("an event needs its report id");
        }
        if (seq < 1) {
            throw new IllegalArgumentException("event sequence numbers start at 1, not " + seq);
        }
        if (type == null || actor == null || at == null || version == null) {
            throw new IllegalArgumentException("event " + reportId + "#" + seq + " needs a type, actor, time and version");
        }
        reason = reason == null ? "" : reason;
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(data));
    }

    /** The instant on the Europe/London clock, as shown to people. */
    public ZonedDateTime londonTime() {
        return at.atZone(EmployerProcess.LONDON);
    }

    public String get(String key) {
        return data.get(key);
    }
}
