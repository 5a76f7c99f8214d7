package org.rotaguard.app;

import java.time.format.TextStyle;
import java.util.Locale;
import org.rotaguard.core.check.ContractPack;
import org.rotaguard.core.service.DesignMode;
import org.rotaguard.core.service.ServiceDescription;
import org.rotaguard.solver.ConstraintGroup;
import org.rotaguard.solver.Design;
import org.rotaguard.solver.StaffingSearch;

/** The design command's summary, for people. */
final class DesignSummary {
    private DesignSummary() {
    }

    static String design(ServiceDescription service, ContractPack pack, DesignMode mode, Design d) {
        StringBuilder s = new StringBuilder();
        String what = mode == DesignMode.TEMPLATE
                ? service.doctors().size() + "-week cyclic template, one line for each of " + service.doctors().size()
                + " doctors" : service.placementWeeks() + "-week roster for " + service.doctors().size() + " doctors";
        s.append(service.name().isEmpty() ? "Designed rota" : service.name()).append('\n');
        s.append(what).append(", from ").append(service.start()).append(", contract ").append(pack.id()).append('\n');
        switch (d.status()) {
            case INFEASIBLE -> {
                s.append("No rota can meet every rule of the contract with the cover's maxima (proven).\n");
                return s.toString();
            }
            case UNKNOWN -> {
                s.append(String.format(Locale.UK, "No rota found in %.1f s; try a longer --time-limit.%n", d.seconds()));
                return s.toString();
            }
            default -> { }
        }
        s.append(d.status() == Design.Status.OPTIMAL
                ? String.format(Locale.UK, "Result: proven optimal (score %.0f; fewest locum hours first) in %.1f s; first rota after %.1f s.%n",
                d.score(), d.seconds(), d.firstRotaSeconds())
                : String.format(Locale.UK, "Result: best found, score %.0f, bound %.0f (gap %.2f%%) after %.1f s;"
                + " first rota after %.1f s.%n", d.score(), d.bound(), 100 * d.gap(), d.seconds(), d.firstRotaSeconds()));
        s.append("Checked: every doctor compliant with ").append(pack.id()).append(" (").append(pack.rules().size())
                .append(" rules, no violation).\n");
        Design.ObjectiveTerms t = d.terms();
        s.append("Objectives (weights ").append(weights(service)).append("):\n");
        s.append(String.format(Locale.UK, "  locum gaps            %.1f hours%s, £%,.0f at £%.0f an hour%n",
                t.locumHours(), mode == DesignMode.TEMPLATE ? " per cycle" : "", t.locumCost(),
                service.locumRatePerHour()));
        s.append(String.format(Locale.UK, "  quick returns         %d (shifts less than 14h apart)%n", t.quickReturns()));
        s.append(String.format(Locale.UK, "  isolated nights       %d%n", t.isolatedNights()));
        s.append(String.format(Locale.UK, "  shift soon after nights %d (within 72h of a night's end)%n",
                t.dayAfterNights()));
        s.append(String.format(Locale.UK, "  long runs             %d (six-day stretches of shifts)%n", t.longRuns()));
        if (mode == DesignMode.ROSTER) {
            s.append(String.format(Locale.UK, "  requests not met      %d%n", t.unmetRequests()));
            s.append(String.format(Locale.UK, "  fairness spread       %.1f (duties, and hours, away from fair shares)%n",
                    t.fairnessSpread()));
        } else {
            s.append("  (patterns counted once per cycle: every doctor works every line, so shares are equal)\n");
        }
        if (!d.locumGaps().isEmpty()) {
            s.append("Locum gaps (duties left unfilled, for locums to cover):\n");
            for (Design.LocumGap g : d.locumGaps()) {
                String when = g.everyWeek() ? "every " + g.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                        : g.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + g.date();
                s.append(String.format(Locale.UK, "  %-22s %-4s %d place%s, %.1f h%s%n", when, g.code(), g.places(),
                        g.places() == 1 ? "" : "s", g.hours(), g.everyWeek() ? " a week" : ""));
            }
        }
        s.append("Fairness (actual / fair share by fraction of full time):\n");
        s.append(String.format(Locale.UK, "  %-8s %5s %11s %11s %11s %11s %15s %9s%n", "doctor", "ltft", "nights",
                "weekends", "long days", "on-call", "hours", "a week"));
        for (Design.DoctorShare sh : d.shares()) {
            s.append(String.format(Locale.UK, "  %-8s %5.2f %11s %11s %11s %11s %15s %9.2f%n", sh.doctorId(), sh.ltft(),
                    share(sh.nights(), sh.nightShare()), share(sh.weekends(), sh.weekendShare()),
                    share(sh.longDays(), sh.longDayShare()), share(sh.onCallPeriods(), sh.onCallShare()),
                    String.format(Locale.UK, "%.1f/%.1f", sh.hours(), sh.hoursShare()), sh.averageWeeklyHours()));
        }
        return s.toString();
    }

    private static String share(long actual, double fair) {
        return String.format(Locale.UK, "%d/%.1f", actual, fair);
    }

    private static String weights(ServiceDescription service) {
        var w = service.weights();
        return "locum " + w.locumGaps() + "/h, fairness " + w.fairness() + ", quick returns " + w.quickReturns()
                + ", isolated nights " + w.isolatedNights() + ", after nights " + w.dayAfterNights()
                + ", long runs " + w.longRuns() + ", requests " + w.requests();
    }

    /** Why the design has locum gaps: the proof that full cover cannot meet the rules, or that none was found. */
    static String gapsExplained(ServiceDescription service, StaffingSearch.Explanation why) {
        StringBuilder s = new StringBuilder();
        if (why == null) {
            s.append("Not proven that these doctors cannot cover every duty: the gaps may close with a longer"
                    + " --time-limit.\n");
            return s.toString();
        }
        s.append(String.format(Locale.UK, "Proof: these %d doctors cannot cover every duty; these requirements cannot"
                + " all hold at once%s:%n", why.doctors(), why.minimal() ? " (none can be left out of the proof)" : ""));
        binding(s, why);
        s.append("Run with --min-doctors for the fewest full-time doctors who can staff the service.\n");
        return s.toString();
    }

    private static void binding(StringBuilder s, StaffingSearch.Explanation e) {
        for (ConstraintGroup g : e.binding()) {
            s.append("  - ").append(g.isRule() ? "rule " + g.id() + ": " : "").append(g.description()).append('\n');
        }
        for (String line : e.arithmetic()) {
            s.append("  In numbers: ").append(line).append('\n');
        }
    }

    static String staffing(ServiceDescription service, ContractPack pack, StaffingSearch.Result r) {
        StringBuilder s = new StringBuilder();
        s.append(service.name().isEmpty() ? "Service" : service.name()).append('\n');
        s.append("Fewest full-time doctors on a cyclic template (one line each), contract ").append(pack.id())
                .append(", every duty covered:\n");
        for (StaffingSearch.Attempt a : r.attempts()) {
            String outcome = switch (a.outcome()) {
                case STAFFABLE -> "a compliant rota exists";
                case IMPOSSIBLE -> "impossible (proven)";
                case UNDECIDED -> "undecided within the time limit";
            };
            s.append(String.format(Locale.UK, "  %3d doctors: %s (%.1f s)%n", a.doctors(), outcome, a.seconds()));
        }
        if (r.minimum() == 0) {
            s.append("No headcount tried could staff the service.\n");
            return s.toString();
        }
        s.append(String.format(Locale.UK, "Minimum: %d doctors%s (%.1f s in all).%n", r.minimum(),
                r.proven() ? ", and " + (r.minimum() - 1) + " cannot (proven)" : "; that one fewer cannot was not"
                        + " proven within the time limit", r.seconds()));
        StaffingSearch.Explanation e = r.explanation();
        if (e != null) {
            s.append(String.format(Locale.UK, "Why %d doctors cannot staff it: these requirements cannot all hold"
                    + " at once%s:%n", e.doctors(), e.minimal() ? " (and none of them can be left out of the proof)"
                    : ""));
            binding(s, e);
        }
        return s.toString();
    }
}
