package org.rotaguard.core.service;

/**
 * How much each objective counts when the designer trades them against each other. Each term
 * is also reported on its own. A weight of 0 ignores a term.
 *
 * @param locumGaps      per hour of a duty left unfilled (to be covered by a locum)
 * @param fairness       per duty (night, weekend, long day) away from a doctor's fair share
 * @param quickReturns   per pair of shifts with less than 14 hours between them (the minimum is 11)
 * @param isolatedNights per single night shift with no night on the day before or after
 * @param dayAfterNights per day shift starting within 72 hours of the end of a night
 * @param longRuns       per run of shifts longer than five days
 * @param requests       per request not honoured
 */
public record ObjectiveWeights(int locumGaps, int fairness, int quickReturns, int isolatedNights,
                               int dayAfterNights, int longRuns, int requests) {
    public static final ObjectiveWeights DEFAULT = new ObjectiveWeights(1000, 10, 5, 5, 5, 3, 20);

    public ObjectiveWeights {
        if (locumGaps < 0 || fairness < 0 || quickReturns < 0 || isolatedNights < 0 || dayAfterNights < 0
                || longRuns < 0 || requests < 0) {
            throw new IllegalArgumentException("weights cannot be negative");
        }
    }
}
