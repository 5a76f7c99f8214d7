package org.rotaguard.core.fatigue;

import java.util.Arrays;

/**
 * Sleep periods {@code [start, end)} in epoch minutes, in time order and not overlapping
 * (one may end exactly when the next begins: that is one continuous sleep). Immutable.
 */
public final class SleepEpisodes {
    public static final SleepEpisodes NONE = new SleepEpisodes(new int[0], new int[0], new boolean[0]);

    private final int[] start;
    private final int[] end;
    /** Per episode: supplied by the user (true) or inferred from the rota (false). */
    private final boolean[] supplied;

    private SleepEpisodes(int[] start, int[] end, boolean[] supplied) {
        this.start = start;
        this.end = end;
        this.supplied = supplied;
    }

    /** Inferred episodes from parallel arrays of starts and ends (copied), checked for order. */
    public static SleepEpisodes inferred(int[] start, int[] end, int count) {
        return checked(Arrays.copyOf(start, count), Arrays.copyOf(end, count), new boolean[count]);
    }

    /** Episodes a user supplied (real sleep), checked for order. */
    public static SleepEpisodes supplied(int[] start, int[] end) {
        if (start.length != end.length) {
            throw new IllegalArgumentException("starts and ends differ in number");
        }
        boolean[] flags = new boolean[start.length];
        Arrays.fill(flags, true);
        return checked(start.clone(), end.clone(), flags);
    }

    private static SleepEpisodes checked(int[] start, int[] end, boolean[] supplied) {
        for (int i = 0; i < start.length; i++) {
            if (end[i] <= start[i]) {
                throw new IllegalArgumentException("a sleep must end after it starts (episode " + i + ")");
            }
            if (i > 0 && start[i] < end[i - 1]) {
                throw new IllegalArgumentException("sleep episodes overlap or are out of order (episode " + i + ")");
            }
        }
        return new SleepEpisodes(start, end, supplied);
    }

    public int size() {
        return start.length;
    }

    public boolean isEmpty() {
        return start.length == 0;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public boolean supplied(int i) {
        return supplied[i];
    }

    /** Minutes asleep in all. */
    public long totalMinutes() {
        long total = 0;
        for (int i = 0; i < start.length; i++) {
            total += end[i] - start[i];
        }
        return total;
    }

    /** The episodes clipped to {@code [from, to)}; those wholly outside are left out. */
    public SleepEpisodes clippedTo(int from, int to) {
        int[] s = new int[start.length];
        int[] e = new int[start.length];
        boolean[] f = new boolean[start.length];
        int n = 0;
        for (int i = 0; i < start.length; i++) {
            int a = Math.max(start[i], from);
            int b = Math.min(end[i], to);
            if (b > a) {
                s[n] = a;
                e[n] = b;
                f[n] = supplied[i];
                n++;
            }
        }
        return new SleepEpisodes(Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(f, n));
    }

    /** Number of episodes lying wholly outside {@code [from, to)}. */
    public int countOutside(int from, int to) {
        int n = 0;
        for (int i = 0; i < start.length; i++) {
            if (end[i] <= from || start[i] >= to) {
                n++;
            }
        }
        return n;
    }

    /**
     * Real sleep replacing inferred sleep: from the start of the first supplied episode to the
     * end of the last, only the supplied episodes count, and any inferred episode overlapping
     * that span is left out; outside it the inferred episodes stand.
     */
    public static SleepEpisodes replace(SleepEpisodes inferred, SleepEpisodes supplied) {
        if (supplied.isEmpty()) {
            return inferred;
        }
        int from = supplied.start[0];
        int to = supplied.end[supplied.size() - 1];
        int capacity = inferred.size() + supplied.size();
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        boolean[] f = new boolean[capacity];
        int n = 0;
        int i = 0;
        while (i < inferred.size() && inferred.end[i] <= from) {
            s[n] = inferred.start[i];
            e[n] = inferred.end[i];
            n++;
            i++;
        }
        for (int k = 0; k < supplied.size(); k++) {
            s[n] = supplied.start[k];
            e[n] = supplied.end[k];
            f[n] = true;
            n++;
        }
        for (; i < inferred.size(); i++) {
            if (inferred.start[i] >= to) {
                s[n] = inferred.start[i];
                e[n] = inferred.end[i];
                n++;
            }
        }
        return checked(Arrays.copyOf(s, n), Arrays.copyOf(e, n), Arrays.copyOf(f, n));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SleepEpisodes[");
        for (int i = 0; i < start.length; i++) {
            b.append(i == 0 ? "" : ", ").append(start[i]).append('-').append(end[i]);
        }
        return b.append(']').toString();
    }
}
