package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;

/**
 * A doctor's duties merged into disjoint periods (overlapping or touching duties join), in time
 * order, with the index of the first and last duty of each period, for rules about rest between
 * periods of work or duty.
 */
final class Intervals {
    final int size;
    final int[] start;
    final int[] end;
    final int[] first;
    final int[] last;

    private Intervals(int size, int[] start, int[] end, int[] first, int[] last) {
        this.size = size;
        this.start = start;
        this.end = end;
        this.first = first;
        this.last = last;
    }

    /** Working time under the Working Time Regulations: resident shifts and resident on-call periods. */
    static Intervals workingTime(DoctorTimeline t) {
        return of(t, false);
    }

    /** Duty under the New Deal: every shift and on-call period, resident or not. */
    static Intervals duty(DoctorTimeline t) {
        return of(t, true);
    }

    static boolean isWorkingTime(DoctorTimeline t, int i) {
        return t.is(i, DutyFlags.SHIFT) || t.shiftType(i).newDeal().resident();
    }

    private static Intervals of(DoctorTimeline t, boolean allDuty) {
        int n = t.size();
        int[] s = new int[n];
        int[] e = new int[n];
        int[] f = new int[n];
        int[] l = new int[n];
        int k = -1;
        for (int i = 0; i < n; i++) {
            if (!allDuty && !isWorkingTime(t, i)) {
                continue;
            }
            if (k >= 0 && t.start(i) <= e[k]) {
                if (t.end(i) > e[k]) {
                    e[k] = t.end(i);
                }
                l[k] = i;
            } else {
                k++;
                s[k] = t.start(i);
                e[k] = t.end(i);
                f[k] = i;
                l[k] = i;
            }
        }
        return new Intervals(k + 1, s, e, f, l);
    }

    /** Longest rest (time outside the periods) inside [from, to), counting time before/after known duties as rest. */
    int longestRest(int from, int to) {
        int longest = 0;
        int cursor = from;
        for (int k = 0; k < size && start[k] < to; k++) {
            if (end[k] <= cursor) {
                continue;
            }
            if (start[k] > cursor) {
                longest = Math.max(longest, start[k] - cursor);
            }
            cursor = Math.max(cursor, end[k]);
        }
        if (cursor < to) {
            longest = Math.max(longest, to - cursor);
        }
        return longest;
    }

    /** Number of separate rests of at least {@code min} minutes inside [from, to). */
    int restsOfAtLeast(int from, int to, int min) {
        int count = 0;
        int cursor = from;
        for (int k = 0; k < size && start[k] < to; k++) {
            if (end[k] <= cursor) {
                continue;
            }
            if (start[k] - cursor >= min) {
                count++;
            }
            cursor = Math.max(cursor, end[k]);
        }
        if (to - cursor >= min) {
            count++;
        }
        return count;
    }
}
