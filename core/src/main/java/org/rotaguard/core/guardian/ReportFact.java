package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What the board report needs to know of one exception report. Built by the application from the
 * report's events; carries no narrative and nothing identifying beyond the doctor's id, which is
 * used only to count doctors and never printed.
 *
 * @param reportId                 the report
 * @param doctorId                 the doctor (counted, never shown)
 * @param categories               category names (HOURS, PATTERN, EDUCATION, …)
 * @param grade                    e.g. FY1, CT2, ST4
 * @param specialty                e.g. General medicine
 * @param department               the department (also the one fines are charged to)
 * @param rota                     the rota's name
 * @param version                  process version in force, "V12" or "V13"
 * @param submittedAt              when it was submitted
 * @param firstResponseAt          the first reviewer action (null while none)
 * @param outcome                  where it ended up
 * @param escalationLevel          highest review level reached (0 when not escalated; 1–3)
 * @param toilMinutes              time off in lieu granted
 * @param pay                      pay approved, £ (zero when none)
 * @param workScheduleReviewRaised whether a work schedule review was requested from it
 * @param immediateSafety          whether it raised an immediate safety concern
 */
public record ReportFact(String reportId, String doctorId, Set<String> categories, String grade, String specialty,
                         String department, String rota, String version, Instant submittedAt,
                         Instant firstResponseAt, ReportOutcome outcome, int escalationLevel, int toilMinutes,
                         BigDecimal pay, boolean workScheduleReviewRaised, boolean immediateSafety) {
    public ReportFact {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(outcome, "outcome");
        categories = Set.copyOf(categories);
        grade = orUnknown(grade);
        specialty = orUnknown(specialty);
        department = orUnknown(department);
        rota = orUnknown(rota);
        version = version == null ? "V12" : version;
        pay = pay == null ? BigDecimal.ZERO : pay;
        if (toilMinutes < 0 || pay.signum() < 0 || escalationLevel < 0) {
            throw new IllegalArgumentException("report " + reportId + ": negative TOIL, pay or escalation level");
        }
        if (firstResponseAt != null && firstResponseAt.isBefore(submittedAt)) {
            throw new IllegalArgumentException("report " + reportId + ": first response before submission");
        }
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "Not recorded" : s;
    }
}
