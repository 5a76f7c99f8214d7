package org.rotaguard.core.rules;

import java.util.Arrays;
import java.util.Optional;
import org.rotaguard.core.layout.DutyFlags;

/** The kinds of duty whose runs the contract limits. */
public enum RunKind {
    SHIFTS("shifts", DutyFlags.SHIFT, "shift", "shifts"),
    LONG_SHIFTS("long-shifts", DutyFlags.LONG, "long shift", "long shifts"),
    NIGHTS("nights", DutyFlags.NIGHT, "night shift", "night shifts"),
    LONG_EVENINGS("long-evenings", DutyFlags.LONG_EVENING, "long evening shift", "long evening shifts");

    private final String id;
    private final int flag;
    private final String singular;
    private final String plural;

    RunKind(String id, int flag, String singular, String plural) {
        this.id = id;
        this.flag = flag;
        this.singular = singular;
        this.plural = plural;
    }

    public String id() {
        return id;
    }

    /** The duty flag (see DutyFlags) that qualifies a duty for runs of this kind. */
    public int flag() {
        return flag;
    }

    String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public String plural() {
        return plural;
    }

    public static Optional<RunKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
