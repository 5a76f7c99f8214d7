package org.rotaguard.core.service;

import java.util.Set;

/**
 * How many doctors a shift type needs on one day: at least {@code min}, at most {@code max},
 * and optionally at least some of them of certain grades.
 *
 * @param min     the fewest doctors (0 or more)
 * @param max     the most doctors, or {@link #NO_MAX}
 * @param byGrade doctors of certain grades needed among them, or null
 */
public record CoverRange(int min, int max, GradeCover byGrade) {
    public static final int NO_MAX = Integer.MAX_VALUE;
    public static final CoverRange NONE = new CoverRange(0, 0);

    /**
     * At least {@code min} of the doctors on the shift must have one of the {@code grades}.
     *
     * @param grades grades as written on the doctors (e.g. ST3, ST4)
     * @param min    how many of them at least
     */
    public record GradeCover(Set<String> grades, int min) {
        public GradeCover {
            grades = Set.copyOf(grades);
            if (grades.isEmpty() || min < 1) {
                throw new IllegalArgumentException("a grade requirement needs grades and a minimum of at least 1");
            }
        }

        @Override
        public String toString() {
            return min + " of grade " + String.join("/", new java.util.TreeSet<>(grades));
        }
    }

    public CoverRange {
        if (min < 0) {
            throw new IllegalArgumentException("cover cannot be negative");
        }
        if (max < min) {
            throw new IllegalArgumentException("the most doctors (" + max + ") is fewer than the fewest (" + min + ")");
        }
        if (byGrade != null && byGrade.min() > min) {
            throw new IllegalArgumentException("more doctors of a grade (" + byGrade.min() + ") than in all (" + min
                    + ")");
        }
    }

    public CoverRange(int min, int max) {
        this(min, max, null);
    }

    public static CoverRange atLeast(int min) {
        return new CoverRange(min, NO_MAX);
    }

    public boolean hasMax() {
        return max != NO_MAX;
    }

    @Override
    public String toString() {
        String count = hasMax() ? (min == max ? String.valueOf(min) : min + "–" + max) : min + "+";
        return byGrade == null ? count : count + " (" + byGrade + ")";
    }
}
