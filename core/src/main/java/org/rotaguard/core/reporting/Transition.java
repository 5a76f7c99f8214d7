package org.rotaguard.core.reporting;

import java.util.List;
import java.util.Set;

/**
 * One row of a transition table: in state {@code from}, {@code command} by one of {@code roles}
 * appends {@code events} and leads to one of {@code to}.
 *
 * @param reasonRequired a reason must be given
 * @param note           the rule and its source, as documented
 */
public record Transition(ProcessVersion version, ReportState from, CommandType command, Set<Role> roles,
                         boolean reasonRequired, List<EventType> events, List<ReportState> to, String note) {
    public Transition {
        roles = Set.copyOf(roles);
        events = List.copyOf(events);
        to = List.copyOf(to);
    }
}
