package org.rotaguard.solver;

import java.util.List;
import org.rotaguard.core.check.RotaCheck;
import org.rotaguard.core.rota.Rota;

/**
 * What the designer found.
 *
 * @param status              how the search ended
 * @param rota                the best rota found, or null when there is none
 * @param check               the checker's verdict on that rota (null without a rota)
 * @param score               the weighted score (lower is better), NaN without a rota
 * @param bound               the best proven bound on the score
 * @param terms               each objective term on its own
 * @param locumGaps           duties left unfilled
 * @param shares              per doctor: nights, weekends and long days against a fair share
 * @param seconds             time spent searching
 * @param firstRotaSeconds    time to the first rota found, NaN if none
 */
public record Design(Status status, Rota rota, RotaCheck check, double score, double bound, ObjectiveTerms terms,
                     List<LocumGap> locumGaps, List<DoctorShare> shares, double seconds, double firstRotaSeconds) {

    public enum Status {
        /** The best rota possible under the weights, proven. */
        OPTIMAL,
        /** A rota, with a gap to the proven bound left when time ran out. */
        FEASIBLE,
        /** No rota can meet the hard constraints (only when cover must be met in full or has maxima). */
        INFEASIBLE,
        /** No rota found within the time limit, and no proof that none exists. */
        UNKNOWN
    }

    public Design {
        locumGaps = List.copyOf(locumGaps);
        shares = List.copyOf(shares);
    }

    public double gap() {
        if (rota == null) {
            return Double.NaN;
        }
        double diff = Math.abs(score - bound);
        return diff < 1e-9 ? 0 : diff / Math.max(1, Math.abs(score));
    }

    /**
     * The objective terms.
     *
     * @param locumHours      hours of duty left unfilled in what was designed (a template's cycle, or the placement)
     * @param locumCost       their cost at the service's locum rate, in pounds
     * @param quickReturns    pairs of resident shifts less than 14 hours apart
     * @param isolatedNights  single nights
     * @param dayAfterNights  non-night shifts starting less than 72 hours after a night ends
     * @param longRuns        six-day windows with a shift on every day
     * @param unmetRequests   requests not honoured
     * @param fairnessSpread  total distance of doctors' counts from their fair shares (duties, and hours for hours)
     */
    public record ObjectiveTerms(double locumHours, double locumCost, long quickReturns, long isolatedNights,
                                 long dayAfterNights, long longRuns, long unmetRequests, double fairnessSpread) {
    }

    /** A duty nobody could be rostered for: date (template: first date of that weekday in the cycle), shift and how many. */
    public record LocumGap(java.time.LocalDate date, String code, int places, double hours, boolean everyWeek) {
    }

    /** A doctor's nights, weekends, long days, on-call periods and hours against fair shares (by fraction of full time). */
    public record DoctorShare(String doctorId, double ltft, long nights, double nightShare, long weekends,
                              double weekendShare, long longDays, double longDayShare, long onCallPeriods,
                              double onCallShare, double hours, double hoursShare, double averageWeeklyHours) {
    }
}
