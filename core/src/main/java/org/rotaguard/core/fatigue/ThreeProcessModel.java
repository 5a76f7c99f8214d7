package org.rotaguard.core.fatigue;

import java.time.ZoneId;
import java.util.Arrays;

/**
 * The Three Process Model run over one simulation: a sleep/wake history turned into
 * alternating awake and asleep runs, each with S at its start, so the state at any instant is
 * closed-form (no time step, no integration). S and W run on elapsed time; C and U read the
 * local wall clock, so at a clock change they repeat or skip an hour while S does not.
 *
 * <p>The simulation starts at {@code start} with {@code S = S0}; a simulation that starts
 * awake treats its start as a waking moment, as the reference implementation does, so it
 * should start at a sleep onset. Immutable and thread-safe.
 */
public final class ThreeProcessModel {
    /** The time base of the scores: the model is evaluated every five minutes from the start. */
    public static final int STEP_MINUTES = 5;
    private static final int DAY = 1440;

    private final TpmParameters p;
    private final ClockTerms clockTerms;
    private final LocalClock local;
    private final int start;
    private final int end;
    /** Run k covers [runStart[k], runStart[k + 1]); the last run continues past the end. */
    private final int[] runStart;
    private final boolean[] asleep;
    private final double[] sAtStart;

    /** Runs the model from {@code start} to {@code end} (epoch minutes) over the given sleep. */
    public static ThreeProcessModel run(TpmParameters p, ZoneId zone, int start, int end, SleepEpisodes sleep) {
        return new ThreeProcessModel(p, new ClockTerms(p), new LocalClock(zone, start - DAY, end + 2 * DAY),
                start, end, sleep);
    }

    ThreeProcessModel(TpmParameters p, ClockTerms clockTerms, LocalClock local, int start, int end,
                      SleepEpisodes sleep) {
        if (end < start) {
            throw new IllegalArgumentException("the simulation ends before it starts");
        }
        this.p = p;
        this.clockTerms = clockTerms;
        this.local = local;
        this.start = start;
        this.end = end;
        int capacity = 2 * sleep.size() + 2;
        int[] runs = new int[capacity];
        boolean[] flags = new boolean[capacity];
        int n = 0;
        int cursor = start;
        for (int i = 0; i < sleep.size(); i++) {
            int a = Math.max(sleep.start(i), start);
            int b = sleep.end(i);
            if (b <= a) {
                continue;
            }
            if (a > cursor || n == 0) {
                if (a > cursor) {
                    runs[n] = cursor;
                    flags[n++] = false;
                }
                runs[n] = a;
                flags[n++] = true;
            }
            // A sleep that begins as the previous one ends continues the same run.
            cursor = b;
        }
        // After the last sleep (or from the start, without any), awake.
        runs[n] = cursor;
        flags[n++] = false;
        this.runStart = Arrays.copyOf(runs, n);
        this.asleep = Arrays.copyOf(flags, n);
        this.sAtStart = new double[n];
        double s = p.s0();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                double hours = (runStart[k] - runStart[k - 1]) / 60.0;
                s = asleep[k - 1] ? p.asleepS(s, hours) : p.awakeS(s, hours);
            }
            sAtStart[k] = s;
        }
    }

    public TpmParameters parameters() {
        return p;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Number of awake and asleep runs in the simulation. */
    public int runs() {
        return runStart.length;
    }

    private int runAt(int epochMinute) {
        int i = Arrays.binarySearch(runStart, epochMinute);
        return i >= 0 ? i : -i - 2;
    }

    /** The state at an instant from the start to a day after the end of the simulation. */
    public ModelPoint at(int epochMinute) {
        if (epochMinute < start || epochMinute > end + DAY) {
            throw new IllegalArgumentException("instant outside the simulation");
        }
        int k = runAt(epochMinute);
        double tau = (epochMinute - runStart[k]) / 60.0;
        double s = asleep[k] ? p.asleepS(sAtStart[k], tau) : p.awakeS(sAtStart[k], tau);
        double w = asleep[k] ? 0 : p.inertia(tau);
        double h = ClockTerms.hours(local.minuteOfDay(epochMinute));
        double c = p.circadian(h);
        double u = p.ultradian(h);
        double a = s + c + u + w;
        return new ModelPoint(epochMinute, asleep[k], s, c, u, w, a, p.kss(a));
    }

    /** Whether the person is asleep at the instant. */
    public boolean asleepAt(int epochMinute) {
        return epochMinute >= start && asleep[runAt(epochMinute)];
    }

    /** First epoch of the 5-minute grid (aligned to the start) at or after the instant. */
    public int firstEpochFrom(int epochMinute) {
        if (epochMinute <= start) {
            return start;
        }
        return start + Math.floorDiv(epochMinute - start + STEP_MINUTES - 1, STEP_MINUTES) * STEP_MINUTES;
    }

    /**
     * Adds to {@code stats} every grid epoch in {@code [from, to)}. The awake terms are carried
     * from one epoch to the next by a constant factor (exact up to rounding, about 1e-13 over a
     * day), and C + U come from a per-minute table: no exp or cos in the loop.
     */
    void scan(int from, int to, DutyStats stats) {
        int t = firstEpochFrom(from);
        if (t >= to) {
            return;
        }
        final double la = p.la();
        final double wc = p.wc();
        final double kssA = p.kssIntercept();
        final double kssB = p.kssSlope();
        final double stepS = Math.exp(p.d() * STEP_MINUTES / 60.0);
        final double stepW = Math.exp(p.wd() * STEP_MINUTES / 60.0);
        final double[] clock = clockTerms.sum;
        int k = runAt(t);
        int runEnd = k + 1 < runStart.length ? runStart[k + 1] : Integer.MAX_VALUE;
        boolean sleeping = asleep[k];
        double sRun = sAtStart[k];
        int r0 = runStart[k];
        double amp = sRun - la;
        double eS = 0;
        double eW = 0;
        if (!sleeping) {
            eS = Math.exp(p.d() * ((t - r0) / 60.0));
            eW = inertiaFactor((t - r0) / 60.0);
        }
        int period = local.period(t);
        int periodEnd = local.endOfPeriod(period);
        int minute = Math.floorMod(t + local.offsetOfPeriod(period), DAY);
        // KSS falls as alertness rises, so the highest KSS is at the lowest alertness and the
        // loop tracks alertness only; KSS is worked out where it may reach 7. The statistics
        // stay in locals and are stored once at the end.
        final double mayReach7 = (FatigueBand.AMBER_FROM - kssA) / kssB + 1e-9;
        int epochs = 0;
        int peakAt = stats.peakAt;
        double minA = stats.minAlertness;
        double sumA = 0;
        int at7 = 0;
        int at8 = 0;
        for (; t < to; t += STEP_MINUTES) {
            if (t >= runEnd) {
                while (k + 1 < runStart.length && runStart[k + 1] <= t) {
                    k++;
                }
                runEnd = k + 1 < runStart.length ? runStart[k + 1] : Integer.MAX_VALUE;
                sleeping = asleep[k];
                sRun = sAtStart[k];
                r0 = runStart[k];
                amp = sRun - la;
                if (!sleeping) {
                    eS = Math.exp(p.d() * ((t - r0) / 60.0));
                    eW = inertiaFactor((t - r0) / 60.0);
                }
            }
            if (t >= periodEnd) {
                period = local.period(t);
                periodEnd = local.endOfPeriod(period);
                minute = Math.floorMod(t + local.offsetOfPeriod(period), DAY);
            }
            double a;
            if (sleeping) {
                a = p.asleepS(sRun, (t - r0) / 60.0) + clock[minute];
            } else {
                a = la + amp * eS + wc * eW + clock[minute];
                eS *= stepS;
                eW *= stepW;
            }
            epochs++;
            if (a < minA) {
                minA = a;
                peakAt = t;
            }
            sumA += a;
            if (a <= mayReach7) {
                double kss = kssA + kssB * a;
                if (kss >= FatigueBand.AMBER_FROM) {
                    at7++;
                    if (kss >= FatigueBand.RED_FROM) {
                        at8++;
                    }
                }
            }
            minute += STEP_MINUTES;
            if (minute >= DAY) {
                minute -= DAY;
            }
        }
        stats.epochs += epochs;
        stats.peakAt = peakAt;
        stats.minAlertness = minA;
        stats.maxKss = kssA + kssB * minA;
        stats.sumAlertness += sumA;
        stats.sumKss += epochs * kssA + kssB * sumA;
        stats.epochsKss7 += at7;
        stats.epochsKss8 += at8;
    }

    /** exp(Wd·τ), flushed to zero once negligible so the carried factor never becomes subnormal. */
    private double inertiaFactor(double tau) {
        double f = Math.exp(p.wd() * tau);
        return f < 1e-200 ? 0 : f;
    }
}
