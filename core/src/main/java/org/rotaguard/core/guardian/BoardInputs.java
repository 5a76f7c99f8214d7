package org.rotaguard.core.guardian;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the guardian enters for a board report that the system cannot count itself.
 *
 * @param doctorsInTraining         doctors in training employed
 * @param doctorsOn2016Terms        of whom on the 2016 terms
 * @param guardianProgrammedHours   guardian's job-planned time, hours a week
 * @param adminSupportHours         administrative support, hours a week
 * @param supervisorHoursPerTrainee educational supervisors' job-planned time per trainee, hours a week
 * @param vacancies                 rota gaps by department and grade
 * @param locums                    locum bookings
 * @param surveys                   v13 quarterly survey results (null before the reform)
 * @param narrative                 text sections by key (summary, issues, actions, questions …)
 */
public record BoardInputs(int doctorsInTraining, int doctorsOn2016Terms, BigDecimal guardianProgrammedHours,
                          BigDecimal adminSupportHours, BigDecimal supervisorHoursPerTrainee,
                          List<Vacancy> vacancies, List<LocumBooking> locums, Surveys surveys,
                          Map<String, String> narrative) {
    public BoardInputs {
        vacancies = List.copyOf(vacancies);
        locums = List.copyOf(locums);
        narrative = Map.copyOf(narrative);
    }

    /** Nothing entered. */
    public static BoardInputs none() {
        return new BoardInputs(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of(), null,
                Map.of());
    }

    /** Vacant posts (rota gaps) in a department and grade over the period. */
    public record Vacancy(String department, String grade, int posts) {
        public Vacancy {
            Objects.requireNonNull(department);
            Objects.requireNonNull(grade);
        }
    }

    /** Locum bookings of one kind (bank or agency) by department, grade and reason. */
    public record LocumBooking(String department, String grade, String reason, String kind, int shifts,
                               BigDecimal hours) {
        public LocumBooking {
            Objects.requireNonNull(department);
            Objects.requireNonNull(grade);
            Objects.requireNonNull(kind);
            reason = reason == null ? "Not recorded" : reason;
            hours = hours == null ? BigDecimal.ZERO : hours;
        }
    }

    /**
     * The v13 quarterly surveys the guardian oversees.
     *
     * @param respondents            doctors who answered
     * @param accessCompletionBreaches breaches of access to, or completion of, exception reporting reported
     * @param informationBreaches    breaches of the confidentiality rules reported
     * @param detriment              actual or threatened detriment reported
     */
    public record Surveys(int respondents, int accessCompletionBreaches, int informationBreaches, int detriment) {
    }
}
