package org.rotaguard.core.service;

/**
 * How many doctors a shift type needs on one day: at least {@code min}, at most {@code max}.
 *
 * @param min the fewest doctors (0 or more)
 * @param max the most doctors, or {@link #NO_MAX}
 */
public record CoverRange(int min, int max) {
    public static final int NO_MAX = Integer.MAX_VALUE;
    public static final CoverRange NONE = new CoverRange(0, 0);

    public CoverRange {
        if (min < 0) {
            throw new IllegalArgumentException("cover cannot be negative");
        }
        if (max < min) {
            throw new IllegalArgumentException("the most doctors (" + max + ") is fewer than the fewest (" + min + ")");
        }
    }

    public static CoverRange atLeast(int min) {
        return new CoverRange(min, NO_MAX);
    }

    public boolean hasMax() {
        return max != NO_MAX;
    }

    @Override
    public String toString() {
        return hasMax() ? (min == max ? String.valueOf(min) : min + "–" + max) : min + "+";
    }
}
