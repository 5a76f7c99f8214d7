package org.rotaguard.core.rota;

/**
 * Attributes of a shift type that only the 2002 contract (New Deal) reads.
 *
 * @param dutyType   New Deal duty type, or null for the default (full shift for a resident
 *                   shift, on-call for an on-call period)
 * @param resident   on-call only: the doctor stays resident during the period
 * @param criterionR on-call only: monitoring shows at least 4 hours of work after 19:00 on at
 *                   least half of these periods
 */
public record NewDealAttributes(NewDealDutyType dutyType, boolean resident, boolean criterionR) {
    public static final NewDealAttributes DEFAULT = new NewDealAttributes(null, false, false);
}
