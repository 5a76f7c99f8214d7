package org.rotaguard.core.fatigue;

import java.util.Objects;

/**
 * The parameters of the Three Process Model of alertness (Åkerstedt and Folkard), and its
 * equations. The defaults are the parameter set of Ingre et al. (2014) as coded in the
 * reference implementation FIPS 0.2.1 ({@code TPM_make_pvec()}); see docs/fatigue.md.
 *
 * <p>Alertness {@code A = S + C + U + W} is on the model's own scale (roughly 1–16, higher is
 * more alert); the predicted Karolinska Sleepiness Scale is {@code KSS = kssIntercept +
 * kssSlope · A}, not clamped.
 *
 * @param name         the name of the parameter set, carried by every result
 * @param la           low asymptote that S falls towards while awake
 * @param ha           high asymptote that S rises towards while asleep
 * @param d            rate of fall of S while awake, per hour (negative)
 * @param g            rate of recovery of S while asleep, per hour (negative)
 * @param bl           break level: below it sleep recovery is linear, above it exponential
 * @param cm           mesor of the 24-hour circadian process C
 * @param ca           amplitude of C
 * @param p            acrophase of C, in local clock hours (16.8 = 16:48); U reuses it
 * @param um           mesor of the 12-hour process U
 * @param ua           amplitude of U
 * @param wc           sleep inertia W at the moment of waking
 * @param wd           recovery rate of sleep inertia, per hour (negative)
 * @param s0           S at the start of a simulation
 * @param kssIntercept intercept of the alertness → KSS conversion
 * @param kssSlope     slope of the alertness → KSS conversion
 */
public record TpmParameters(String name, double la, double ha, double d, double g, double bl, double cm, double ca,
                            double p, double um, double ua, double wc, double wd, double s0, double kssIntercept,
                            double kssSlope) {

    /** Ingre et al. (2014) as coded in FIPS 0.2.1. */
    public static final TpmParameters DEFAULTS = new TpmParameters("TPM-Ingre2014-FIPS0.2.1",
            2.4, 14.3, -0.0353, Math.log((14.3 - 14) / (14.3 - 7.96)) / 8, 12.2,
            0, 2.5, 16.8, -0.5, 0.5, -5.72, -1.51, 7.96, 10.6, -0.6);

    public TpmParameters {
        Objects.requireNonNull(name, "name");
        double[] all = {la, ha, d, g, bl, cm, ca, p, um, ua, wc, wd, s0, kssIntercept, kssSlope};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("model parameters must be finite numbers");
            }
        }
        if (d >= 0 || g >= 0 || wd >= 0) {
            throw new IllegalArgumentException("the rates d, g and Wd must be negative");
        }
        if (kssSlope >= 0) {
            throw new IllegalArgumentException("the KSS slope must be negative: sleepiness falls as alertness rises");
        }
        if (!(la < bl && bl < ha)) {
            throw new IllegalArgumentException("the levels must satisfy la < bl < ha");
        }
    }

    /** The rate of the linear stage of sleep recovery, {@code g · (bl − ha)}, per hour. */
    public double linearRecoveryRate() {
        return g * (bl - ha);
    }

    /** Process S after {@code tau} hours awake, from {@code sAtWaking}. */
    public double awakeS(double sAtWaking, double tau) {
        return la + (sAtWaking - la) * Math.exp(d * tau);
    }

    /**
     * Process S after {@code tau} hours asleep, from {@code sAtOnset}: linear up to the break
     * level, then exponential towards {@code ha}. A sleep starting above the break level takes
     * the exponential branch from its onset, which lowers S at the onset slightly; that is how
     * the reference implementation behaves and is kept so results match it.
     */
    public double asleepS(double sAtOnset, double tau) {
        double rate = linearRecoveryRate();
        double breakTime = (bl - sAtOnset) / rate;
        if (tau <= breakTime) {
            return sAtOnset + tau * rate;
        }
        return ha - (ha - bl) * Math.exp(g * (tau - breakTime));
    }

    /** Sleep inertia {@code tau} hours after waking. */
    public double inertia(double tau) {
        return wc * Math.exp(wd * tau);
    }

    /** The 24-hour circadian process at local clock time {@code h} (decimal hours). */
    public double circadian(double h) {
        return cm + ca * Math.cos(2 * Math.PI / 24 * (h - p));
    }

    /** The 12-hour process at local clock time {@code h} (decimal hours). */
    public double ultradian(double h) {
        return um + ua * Math.cos(2 * Math.PI / 12 * (h - p - 3));
    }

    /** Predicted KSS for an alertness value. */
    public double kss(double alertness) {
        return kssIntercept + kssSlope * alertness;
    }
}
