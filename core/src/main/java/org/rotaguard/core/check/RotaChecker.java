package org.rotaguard.core.check;

import java.util.ArrayList;
import java.util.List;
import org.rotaguard.core.layout.DoctorTimeline;
import org.rotaguard.core.layout.DutyFlags;
import org.rotaguard.core.layout.RotaLayout;
import org.rotaguard.core.rota.Rota;
import org.rotaguard.core.rules.Findings;
import org.rotaguard.core.rules.HoursInWindowRule;
import org.rotaguard.core.rules.Rule;
import org.rotaguard.core.rules.WeekendFrequencyRule;
import org.rotaguard.core.rules.WorkTotals;

/** Checks every doctor of a rota against every rule of a contract pack. Thread-safe. */
public final class RotaChecker {
    private static final int WEEK_MINUTES = 168 * 60;
    private final ContractPack contract;

    public RotaChecker(ContractPack contract) {
        this.contract = contract;
    }

    public ContractPack contract() {
        return contract;
    }

    public RotaCheck check(Rota rota) {
        List<DoctorTimeline> timelines = RotaLayout.layOut(rota, contract.definitions());
        List<DoctorCheck> results = new ArrayList<>(timelines.size());
        for (DoctorTimeline timeline : timelines) {
            results.add(check(timeline));
        }
        return new RotaCheck(rota, contract, results);
    }

    /** Checks one laid-out doctor (laid out with this contract's definitions). */
    public DoctorCheck check(DoctorTimeline timeline) {
        Findings findings = new Findings();
        for (Rule rule : contract.rules()) {
            rule.check(timeline, findings);
        }
        return new DoctorCheck(timeline.doctor(), summarise(timeline, findings.maxWork(WEEK_MINUTES)),
                findings.inTimeOrder());
    }

    /** The hours summary of one laid-out doctor. */
    public static HoursSummary summarise(DoctorTimeline t) {
        return summarise(t, Double.NaN);
    }

    private static HoursSummary summarise(DoctorTimeline t, double knownMaxIn168) {
        int shifts = 0;
        int nights = 0;
        int longShifts = 0;
        int onCall = 0;
        for (int i = t.firstReported(); i < t.endReported(); i++) {
            if (t.is(i, DutyFlags.ON_CALL)) {
                onCall++;
            } else {
                shifts++;
                nights += t.is(i, DutyFlags.NIGHT) ? 1 : 0;
                longShifts += t.is(i, DutyFlags.LONG) ? 1 : 0;
            }
        }
        double total = WorkTotals.reportedMinutes(t);
        return new HoursSummary(round(total / t.weeks() / 60), round((Double.isNaN(knownMaxIn168)
                ? HoursInWindowRule.maxWorkMinutes(t, WEEK_MINUTES) : knownMaxIn168) / 60),
                WeekendFrequencyRule.weekendsWorked(t), t.weeks(), shifts, nights, longShifts, onCall,
                round(total / 60));
    }

    private static double round(double hours) {
        return Math.round(hours * 100.0) / 100.0;
    }
}
