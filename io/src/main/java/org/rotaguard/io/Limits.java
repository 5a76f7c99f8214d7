package org.rotaguard.io;

/** Bounds on what a reader accepts, so that a hostile or broken file cannot exhaust memory. */
final class Limits {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The format nests four levels deep (doctors[0].prospectiveCover.x); anything far deeper is not a rota. */
    static final int MAX_DEPTH = 16;
    /** Maps, lists and values together; a large real rota has a few thousand. */
    static final int MAX_VALUES = 200_000;
    /** Longest day string: ten years of days, the same bound core puts on a roster. */
    static final int MAX_DAYS = 3660;
    /** Longest template: ten years of weeks. */
    static final int MAX_TEMPLATE_WEEKS = MAX_DAYS / 7;

    private Limits() {
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
