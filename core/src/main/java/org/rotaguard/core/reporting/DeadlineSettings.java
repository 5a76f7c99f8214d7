package org.rotaguard.core.reporting;

/**
 * The deadlines of one process version, as data. Days are Europe/London calendar days; a
 * deadline of N days from an event on day D ends at the end of day D+N (00:00 on D+N+1) and is
 * missed strictly after that instant.
 *
 * <p>Defaults and sources (docs/exception-reporting.md):
 * <ul>
 * <li>{@code accessDays} 7: access within 7 calendar days of starting, and again on a change of
 *     host, site or rota (NHS Employers HR guidance citing Sch 5 para 18; HIGH for v13). v12 had no
 *     fixed period (not found); the same 7 days are used so onboarding is tracked (INTERP).</li>
 * <li>{@code submissionWindowDays}: v13 28 days (vendor page and contract-rules.md; MED-HIGH);
 *     v12 7 days for reports claiming pay or TOIL (one trust's local rule; MED local, LOW as the
 *     contract), no window for other reports ({@code submissionWindowClaimsOnly}; INTERP).
 *     A late report is never refused: it is recorded as late and the deadline event is raised.</li>
 * <li>{@code reviewDays} 7: v12 the supervisor meets the doctor within 7 days (local policy; MED);
 *     v13 HR's deadline was not found, 7 days is an INTERP default.</li>
 * <li>{@code disputeDays} 28 (INTERP, no source): a rejection not disputed within it stands;
 *     null: no such window.</li>
 * <li>{@code toilWindowDays}: v12 28 (TOIL within 4 weeks of the event or paid; HIGH), counted from
 *     the event; v13 28 counted from when the TOIL is granted ({@code toilFromGrant}) as the
 *     26 Jan 2026 TOIL guidance was not read (LOW).</li>
 * <li>{@code onCallRestToilHours} 24: TOIL within 24 hours of the on-call period where its rest
 *     was not achieved, or the time is paid (contract-rules.md O4; MED).</li>
 * </ul>
 */
public record DeadlineSettings(ProcessVersion version, int accessDays, Integer submissionWindowDays,
                               boolean submissionWindowClaimsOnly, int reviewDays, Integer disputeDays,
                               int toilWindowDays, boolean toilFromGrant, int onCallRestToilHours) {
    public DeadlineSettings {
        if (version == null) {
            throw new IllegalArgumentException("deadline settings need a version");
        }
        positive("accessDays", accessDays);
        positive("reviewDays", reviewDays);
        positive("toilWindowDays", toilWindowDays);
        positive("onCallRestToilHours", onCallRestToilHours);
        if (submissionWindowDays != null) {
            positive("submissionWindowDays", submissionWindowDays);
        }
        if (disputeDays != null) {
            positive("disputeDays", disputeDays);
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0 || value > 366) {
            throw new IllegalArgumentException(name + " must be between 1 and 366, not " + value);
        }
    }

    public static DeadlineSettings v12() {
        return new DeadlineSettings(ProcessVersion.V12, 7, 7, true, 7, 28, 28, false, 24);
    }

    public static DeadlineSettings v13() {
        return new DeadlineSettings(ProcessVersion.V13, 7, 28, false, 7, 28, 28, true, 24);
    }

    public static DeadlineSettings defaults(ProcessVersion v) {
        return v == ProcessVersion.V12 ? v12() : v13();
    }

    public DeadlineSettings withReviewDays(int days) {
        return new DeadlineSettings(version, accessDays, submissionWindowDays, submissionWindowClaimsOnly, days,
                disputeDays, toilWindowDays, toilFromGrant, onCallRestToilHours);
    }

    public DeadlineSettings withSubmissionWindowDays(Integer days) {
        return new DeadlineSettings(version, accessDays, days, submissionWindowClaimsOnly, reviewDays, disputeDays,
                toilWindowDays, toilFromGrant, onCallRestToilHours);
    }

    public DeadlineSettings withToilWindowDays(int days) {
        return new DeadlineSettings(version, accessDays, submissionWindowDays, submissionWindowClaimsOnly, reviewDays,
                disputeDays, days, toilFromGrant, onCallRestToilHours);
    }

    public DeadlineSettings withDisputeDays(Integer days) {
        return new DeadlineSettings(version, accessDays, submissionWindowDays, submissionWindowClaimsOnly, reviewDays,
                days, toilWindowDays, toilFromGrant, onCallRestToilHours);
    }
}
