package org.rotaguard.core.fatigue;

import org.rotaguard.core.rota.ShiftType;

/**
 * Predicted sleepiness on one duty, over the 5-minute epochs {@code t} of the simulation's
 * grid with {@code start ≤ t < end}. A duty so short that no epoch falls inside it is scored at
 * its start instant and counts no minutes.
 *
 * @param type                the duty's shift type
 * @param start               start, epoch minutes
 * @param end                 end, epoch minutes
 * @param maxKss              highest predicted KSS
 * @param meanKss             mean predicted KSS
 * @param minAlertness        lowest alertness A
 * @param meanAlertness       mean alertness A
 * @param minutesKssAtLeast7  5 × epochs with KSS ≥ 7
 * @param minutesKssAtLeast8  5 × epochs with KSS ≥ 8
 * @param scoredMinutes       5 × epochs scored
 * @param peakAt              the first epoch at which the highest KSS is reached
 */
public record DutyFatigue(ShiftType type, int start, int end, double maxKss, double meanKss, double minAlertness,
                          double meanAlertness, int minutesKssAtLeast7, int minutesKssAtLeast8, int scoredMinutes,
                          int peakAt) {

    /** The band of the highest KSS on the duty. */
    public FatigueBand band() {
        return FatigueBand.of(maxKss);
    }

    /** Minutes of the duty scored in the given band. */
    public int minutesIn(FatigueBand band) {
        return switch (band) {
            case GREEN -> scoredMinutes - minutesKssAtLeast7;
            case AMBER -> minutesKssAtLeast7 - minutesKssAtLeast8;
            case RED -> minutesKssAtLeast8;
        };
    }
}
