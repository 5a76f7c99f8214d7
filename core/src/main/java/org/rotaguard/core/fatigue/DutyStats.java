package org.rotaguard.core.fatigue;

/** Running statistics of the model over the 5-minute epochs of one duty; reused between duties. */
final class DutyStats {
    int epochs;
    double maxKss;
    int peakAt;
    double sumKss;
    double minAlertness;
    double sumAlertness;
    int epochsKss7;
    int epochsKss8;

    void reset() {
        epochs = 0;
        maxKss = Double.NEGATIVE_INFINITY;
        peakAt = 0;
        sumKss = 0;
        minAlertness = Double.POSITIVE_INFINITY;
        sumAlertness = 0;
        epochsKss7 = 0;
        epochsKss8 = 0;
    }

    /** One epoch, by the definitions of the scores; the scoring loop computes the same in a faster way. */
    void add(int epochMinute, double alertness, double kss) {
        epochs++;
        if (kss > maxKss) {
            maxKss = kss;
            peakAt = epochMinute;
        }
        sumKss += kss;
        minAlertness = Math.min(minAlertness, alertness);
        sumAlertness += alertness;
        if (kss >= FatigueBand.AMBER_FROM) {
            epochsKss7++;
            if (kss >= FatigueBand.RED_FROM) {
                epochsKss8++;
            }
        }
    }
}
