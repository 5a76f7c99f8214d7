package org.rotaguard.core.fatigue;

/** C + U for each minute of the local day, so the scoring loop needs no cosine. */
final class ClockTerms {
    private static final int DAY = 1440;
    final double[] sum = new double[DAY];

    ClockTerms(TpmParameters p) {
        for (int m = 0; m < DAY; m++) {
            double h = hours(m);
            sum[m] = p.circadian(h) + p.ultradian(h);
        }
    }

    /** Local clock time as decimal hours, hour + minute / 60, as the model defines it. */
    static double hours(int minuteOfDay) {
        return minuteOfDay / 60 + (minuteOfDay % 60) / 60.0;
    }
}
