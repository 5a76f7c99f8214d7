package org.rotaguard.core.rules;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One place where a rota breaks a rule.
 *
 * @param rule      the rule id
 * @param start     start of the duties or window that break the rule
 * @param end       end of the duties or window
 * @param limit     the rule's limit, e.g. {@code 13h} or {@code 7 shifts}
 * @param actual    the figure found, in the same terms
 * @param reference the contract and schedule the rule comes from
 * @param message   a sentence a doctor understands
 * @param duties    the duties concerned, in time order
 */
public record Violation(String rule, ZonedDateTime start, ZonedDateTime end, String limit, String actual,
                        String reference, String message, List<DutyRef> duties) {
    public Violation {
        duties = List.copyOf(duties);
    }
}
