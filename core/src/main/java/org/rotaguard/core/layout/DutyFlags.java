package org.rotaguard.core.layout;

/** Bit flags describing a laid-out duty, as the contract's definitions classify it. */
public final class DutyFlags {
    /** A non-resident on-call period (not a shift). */
    public static final int ON_CALL = 1;
    /** A resident shift longer than the long-shift threshold. */
    public static final int LONG = 1 << 1;
    /** A resident shift with enough time in the night window. */
    public static final int NIGHT = 1 << 2;
    /** A long shift starting before 16:00 and ending after 23:00 on its start day. */
    public static final int LONG_EVENING = 1 << 3;
    /** A resident shift (the complement of ON_CALL, kept as a bit so run qualifiers are uniform). */
    public static final int SHIFT = 1 << 4;

    private DutyFlags() {
    }

    public static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }
}
