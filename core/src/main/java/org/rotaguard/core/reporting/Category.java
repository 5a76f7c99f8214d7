package org.rotaguard.core.reporting;

import java.util.Set;

/**
 * What a report is about. The first five are the categories of the original Schedule 5 (hours,
 * pattern, educational opportunities, support, immediate safety; HIGH); the rest were added by
 * the reform (staying late / starting early, missed breaks, missed teaching, unsafe staffing,
 * portfolio and training work required by the job plan; HIGH).
 */
public enum Category {
    HOURS(false, "Hours worked"),
    PATTERN(false, "Pattern of hours"),
    EDUCATION(true, "Educational opportunities"),
    SUPPORT(false, "Support available during service"),
    IMMEDIATE_SAFETY(false, "Immediate patient-safety concern"),
    MISSED_BREAK(false, "Missed break"),
    LATE_FINISH_EARLY_START(false, "Stayed late or started early"),
    MISSED_TEACHING(true, "Missed teaching"),
    UNSAFE_STAFFING(false, "Excessive workload or unsafe staffing"),
    PORTFOLIO_TRAINING(true, "Portfolio, mandatory training, e-learning or ARCP work");

    private final boolean educational;
    private final String label;

    Category(boolean educational, String label) {
        this.educational = educational;
        this.label = label;
    }

    /** Educational categories go to the DME after the reform. */
    public boolean educational() {
        return educational;
    }

    public String label() {
        return label;
    }

    /**
     * The route of a report with these categories. v12: the educational supervisor reviews every
     * report (HIGH). v13: a report whose categories are all educational goes to the DME; any other
     * report, including one mixing hours and education, goes to HR, which handles the hours (the
     * guardian is told of the education part). The mixed case is INTERP.
     */
    public static Route route(Set<Category> categories, ProcessVersion version) {
        if (version == ProcessVersion.V12) {
            return Route.SUPERVISOR;
        }
        boolean allEducational = !categories.isEmpty() && categories.stream().allMatch(Category::educational);
        return allEducational ? Route.DME : Route.HR;
    }
}
