package org.rotaguard.core.rules;

import java.util.Objects;

/**
 * What a rule is and where it comes from.
 *
 * @param id        stable rule id, e.g. {@code max-shift-length}
 * @param title     a short name a doctor recognises
 * @param reference the contract text it comes from, e.g. "2016 TCS Schedule 3"
 * @param contract  the contract id whose pack holds the rule
 */
public record RuleInfo(String id, String title, String reference, String contract) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        reference = reference == null ? "" : reference;
        contract = contract == null ? "" : contract;
    }
}
