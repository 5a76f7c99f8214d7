package org.rotaguard.core.rules;

import org.rotaguard.core.layout.DoctorTimeline;

/**
 * Work in every window of fixed length (168 hours) sliding over a timeline, exactly.
 *
 * <p>Work accrues at a constant rate inside each duty (1 for a resident shift, expected work ÷
 * length for an on-call period), so the work W(t) in the window [t, t + L) is piecewise linear
 * in t with corners only where t or t + L meets a duty's start or end. Evaluating W at those
 * corners, in order, with two cursors, finds the maximum and every stretch of windows over a
 * limit in one pass, with no allocation.
 */
final class WindowSweep {
    private static final double EPSILON = 1e-6;

    /** Receives a maximal stretch of windows over the limit: the worst window's start and its work. */
    interface Stretch {
        void over(int stretchStart, int stretchEnd, int worstStart, double worstMinutes);
    }

    private final DoctorTimeline t;
    private final int length;
    private final Cursor low;
    private final Cursor high;

    WindowSweep(DoctorTimeline t, int lengthMinutes) {
        this.t = t;
        this.length = lengthMinutes;
        this.low = new Cursor(t);
        this.high = new Cursor(t);
    }

    /** The window starts considered: every window overlapping a known duty, or, for a cyclic rota, inside the laid-out days. */
    static int[] range(DoctorTimeline t, int lengthMinutes) {
        if (t.cyclic()) {
            return new int[] {t.midnight(t.knownFromDay() + 1), t.midnight(t.knownToDay()) - lengthMinutes};
        }
        if (t.size() == 0) {
            return new int[] {0, 0};
        }
        return new int[] {t.start(0) - lengthMinutes, t.end(t.size() - 1)};
    }

    /** The most work in any window starting within [from, to]. */
    double max(int from, int to) {
        return sweep(from, to, Double.POSITIVE_INFINITY, null, from, to);
    }

    /**
     * Sweeps window starts from {@code from} to {@code to}; reports each maximal stretch of windows
     * holding more than {@code limit} minutes of work; returns the most work in any window
     * starting within [{@code maxFrom}, {@code maxTo}].
     */
    double sweep(int from, int to, double limit, Stretch stretch, int maxFrom, int maxTo) {
        int n = t.size();
        // Four sorted streams of corners: starts, ends, starts − L, ends − L.
        int a = 0;
        int b = 0;
        int c = 0;
        int d = 0;
        double max = 0;
        boolean inside = false;
        int stretchStart = 0;
        int worstStart = 0;
        double worst = 0;
        int previousT = from;
        double previousW = 0;
        boolean first = true;
        int time = from;
        while (true) {
            double w = high.at(time + length) - low.at(time);
            if (w > max && time >= maxFrom && time <= maxTo) {
                max = w;
            }
            if (w > limit + EPSILON) {
                if (!inside) {
                    inside = true;
                    stretchStart = first ? time : crossing(previousT, previousW, time, w, limit);
                    worst = w;
                    worstStart = time;
                } else if (w > worst + EPSILON) {
                    worst = w;
                    worstStart = time;
                }
            } else if (inside) {
                inside = false;
                stretch.over(stretchStart, time, worstStart, worst);
            }
            previousT = time;
            previousW = w;
            first = false;
            if (time >= to) {
                break;
            }
            // Next corner strictly after the current time.
            int next = to;
            while (a < n && t.start(a) <= time) {
                a++;
            }
            if (a < n && t.start(a) < next) {
                next = t.start(a);
            }
            while (b < n && t.end(b) <= time) {
                b++;
            }
            if (b < n && t.end(b) < next) {
                next = t.end(b);
            }
            while (c < n && t.start(c) - length <= time) {
                c++;
            }
            if (c < n && t.start(c) - length < next) {
                next = t.start(c) - length;
            }
            while (d < n && t.end(d) - length <= time) {
                d++;
            }
            if (d < n && t.end(d) - length < next) {
                next = t.end(d) - length;
            }
            time = next;
        }
        if (inside) {
            stretch.over(stretchStart, to, worstStart, worst);
        }
        return max;
    }

    private static int crossing(int t0, double w0, int t1, double w1, double limit) {
        if (w1 == w0) {
            return t1;
        }
        double at = t0 + (limit - w0) / (w1 - w0) * (t1 - t0);
        return (int) Math.floor(at);
    }

    /** Cumulative work up to a moving point x, for x that never decreases. */
    private static final class Cursor {
        private final DoctorTimeline t;
        private int k;
        private double done;

        Cursor(DoctorTimeline t) {
            this.t = t;
        }

        double at(int x) {
            int n = t.size();
            while (k < n && t.end(k) <= x) {
                done += t.workMinutes(k);
                k++;
            }
            if (k < n && t.start(k) < x) {
                return done + t.workMinutes(k) * (x - t.start(k)) / (double) (t.end(k) - t.start(k));
            }
            return done;
        }
    }
}
