package org.rotaguard.core.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rotaguard.core.layout.DutyDefinitions;
import org.rotaguard.core.rules.Rule;

/**
 * A contract's working-hours rules: its definitions of kinds of shift and its rules, each a
 * small class set up with the contract's limits. Packs are data files; this is what they load into.
 *
 * @param id          contract id, e.g. {@code tcs2016-2019}
 * @param name        a readable name
 * @param source      the document the rules come from
 * @param definitions long shift, night shift, long evening shift and weekend as this contract defines them
 * @param rules       the rules, in the order they are listed
 */
public record ContractPack(String id, String name, String source, DutyDefinitions definitions, List<Rule> rules) {
    public ContractPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definitions, "definitions");
        name = name == null ? id : name;
        source = source == null ? "" : source;
        rules = List.copyOf(rules);
        long distinct = rules.stream().map(Rule::id).distinct().count();
        if (distinct != rules.size()) {
            throw new IllegalArgumentException("a rule id appears twice in contract " + id);
        }
    }

    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }
}
