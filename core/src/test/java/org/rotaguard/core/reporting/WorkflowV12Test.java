package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.reporting.Reports.DME;
import static org.rotaguard.core.reporting.Reports.DOCTOR;
import static org.rotaguard.core.reporting.Reports.GUARDIAN;
import static org.rotaguard.core.reporting.Reports.HR;
import static org.rotaguard.core.reporting.Reports.SUPERVISOR;
import static org.rotaguard.core.reporting.States.outcome;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The process before the reform (TCS v1–v12): supervisor review, agreed outcomes, escalation levels 1–3. */
class WorkflowV12Test {

    @Test
    void theEmployerSwitchDateDecidesTheVersion() {
        EmployerProcess early = new EmployerProcess("trust-1", LocalDate.of(2025, 12, 31));
        assertThat(early.on(LocalDate.of(2025, 12, 30))).isEqualTo(ProcessVersion.V12);
        assertThat(early.on(LocalDate.of(2025, 12, 31))).isEqualTo(ProcessVersion.V13);
        EmployerProcess late = new EmployerProcess("trust-2", null);
        assertThat(late.v13From()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(late.on(LocalDate.of(2026, 2, 3))).isEqualTo(ProcessVersion.V12);
        assertThat(late.on(LocalDate.of(2026, 2, 4))).isEqualTo(ProcessVersion.V13);
        // 23:30 UTC on 3 Feb is still 3 Feb in London (GMT); 23:30 UTC on 31 Mar is 1 Apr (BST).
        assertThat(late.on(java.time.Instant.parse("2026-02-03T23:30:00Z"))).isEqualTo(ProcessVersion.V12);
        assertThat(new EmployerProcess("t", LocalDate.of(2026, 1, 1)).on(java.time.Instant.parse("2025-12-31T23:30:00Z")))
                .isEqualTo(ProcessVersion.V12);
        assertThat(late.forSubmission(Reports.hoursV12())).isEqualTo(ProcessVersion.V12);
        assertThat(late.forSubmission(Reports.hours())).isEqualTo(ProcessVersion.V13);
    }

    @Test
    void switchDatesOutsideTheContractualWindowAreRefused() {
        assertThatThrownBy(() -> new EmployerProcess("t", LocalDate.of(2026, 2, 5)))
                .hasMessageContaining("after 4 February 2026");
        assertThatThrownBy(() -> new EmployerProcess("t", LocalDate.of(2025, 9, 1)))
                .hasMessageContaining("before 19 September 2025");
        assertThatThrownBy(() -> new EmployerProcess(" ", null)).hasMessageContaining("employer id");
    }

    @Test
    void submittedToTheSupervisorWhoRecordsTheAgreedOutcome() throws TransitionRefused {
        Reports.Driver d = Reports.v12(Reports.hoursV12());
        assertThat(d.state()).isEqualTo(ReportState.SUPERVISOR_REVIEW);
        assertThat(d.view().route()).isEqualTo(Route.SUPERVISOR);
        assertThat(d.view().copiedTo()).isEmpty();
        assertThat(d.view().version()).isEqualTo(ProcessVersion.V12);
        d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "Met on 8 Oct", outcome(Outcome.PAY));
        assertThat(d.state()).isEqualTo(ReportState.OUTCOME_PROPOSED);
        assertThat(d.view().outcome()).contains(Outcome.PAY);
        d.act(CommandType.ACCEPT_OUTCOME, DOCTOR);
        assertThat(d.state()).isEqualTo(ReportState.PAY_PENDING);
        assertThat(d.view().payMinutes()).isEqualTo(90);
        d.act(CommandType.PAID, HR);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
    }

    @Test
    void eachAgreedOutcomeLeadsWhereItShould() throws TransitionRefused {
        Map<Outcome, ReportState> expected = Map.of(Outcome.NO_ACTION, ReportState.CLOSED_NO_ACTION, Outcome.TOIL,
                ReportState.TOIL_PENDING, Outcome.PAY, ReportState.PAY_PENDING, Outcome.WORK_SCHEDULE_REVIEW,
                ReportState.CLOSED_REFERRED, Outcome.ORGANISATIONAL_CHANGE, ReportState.CLOSED_REFERRED);
        for (Outcome o : Outcome.values()) {
            Reports.Driver d = Reports.v12(Reports.hoursV12()).act(CommandType.AGREE_OUTCOME, SUPERVISOR, "",
                    outcome(o)).act(CommandType.ACCEPT_OUTCOME, DOCTOR);
            assertThat(d.state()).as(o.name()).isEqualTo(expected.get(o));
            assertThat(d.view().workScheduleReviewRequests()).hasSize(o == Outcome.WORK_SCHEDULE_REVIEW ? 1 : 0);
        }
    }

    @Test
    void escalationThroughTheThreeLevels() throws TransitionRefused {
        Reports.Driver d = Reports.v12(Reports.hoursV12())
                .act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", outcome(Outcome.NO_ACTION))
                .act(CommandType.ESCALATE, DOCTOR, "I stayed 90 minutes for a sick patient", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.LEVEL_1_REVIEW);
        assertThat(d.view().level()).isEqualTo(1);
        d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", outcome(Outcome.NO_ACTION))
                .act(CommandType.ESCALATE, DOCTOR, "still disputed", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.LEVEL_2_REVIEW);
        assertThatThrownBy(() -> d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", outcome(Outcome.PAY)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("only DME or GUARDIAN");
        d.act(CommandType.AGREE_OUTCOME, DME, "", outcome(Outcome.NO_ACTION))
                .act(CommandType.ESCALATE, DOCTOR, "to the panel", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.LEVEL_3_REVIEW);
        assertThat(d.view().level()).isEqualTo(3);
        // Level 3 is final: its outcome is carried out at once.
        d.act(CommandType.AGREE_OUTCOME, GUARDIAN, "Panel of 3 Nov", outcome(Outcome.TOIL));
        assertThat(d.state()).isEqualTo(ReportState.TOIL_PENDING);
        assertThat(d.log).extracting(ReportEvent::type).endsWith(EventType.OUTCOME_AGREED, EventType.COMPENSATION_CHOSEN);
    }

    @Test
    void escalationNeedsAReason() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V12, ReportState.OUTCOME_PROPOSED);
        assertThatThrownBy(() -> d.act(CommandType.ESCALATE, DOCTOR, "", Map.of()))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.REASON_REQUIRED));
    }

    @Test
    void anOutcomeMustBeOneOfTheFiveAndCompensationNeedsMinutes() throws TransitionRefused {
        Reports.Driver d = Reports.v12(Reports.hoursV12());
        assertThatThrownBy(() -> d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", Map.of(Command.OUTCOME, "BONUS")))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                    assertThat(r.why()).isEqualTo(TransitionRefused.Why.INVALID_DATA);
                    assertThat(r.getMessage()).contains("NO_ACTION, TOIL, PAY, WORK_SCHEDULE_REVIEW, ORGANISATIONAL_CHANGE");
                });
        assertThatThrownBy(() -> d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", Map.of()))
                .isInstanceOf(TransitionRefused.class);
        Submission pattern = Reports.submission(Set.of(Category.PATTERN), "2025-10-07T08:00", "2025-10-07T17:00",
                "2025-10-07T08:00", "2025-10-07T17:00");
        Reports.Driver p = Reports.v12(pattern);
        assertThatThrownBy(() -> p.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", outcome(Outcome.TOIL)))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("no minutes beyond the roster");
        p.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", outcome(Outcome.WORK_SCHEDULE_REVIEW));
        assertThat(p.state()).isEqualTo(ReportState.OUTCOME_PROPOSED);
    }

    @Test
    void immediateSafetyConcernsAreCopiedToTheGuardian() {
        Submission s = Reports.submission(Set.of(Category.IMMEDIATE_SAFETY), "2025-10-07T08:00", "2025-10-07T17:00",
                "2025-10-07T08:00", "2025-10-07T17:00");
        assertThat(Reports.v12(s).view().copiedTo()).containsExactly(Role.GUARDIAN);
    }

    @Test
    void theSupervisorCannotReviewTheirOwnReport() {
        Submission s = new Submission("c", "es.brown", "trust-1", "", "", "", Set.of(Category.HOURS),
                Reports.at("2025-10-07T08:00"), Reports.at("2025-10-07T17:00"), Reports.at("2025-10-07T08:00"),
                Reports.at("2025-10-07T18:00"), 0, false, null, null, "", "", java.util.List.of(),
                Reports.at("2025-10-07T19:00").toInstant());
        Reports.Driver d = Reports.v12(s);
        assertThatThrownBy(() -> d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", outcome(Outcome.PAY)))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.OWN_REPORT));
    }

    @Test
    void withdrawalFromEachOpenState() throws TransitionRefused {
        for (ReportState s : States.reachable(ProcessVersion.V12)) {
            if (s.closed()) {
                continue;
            }
            Reports.Driver d = States.reach(ProcessVersion.V12, s).act(CommandType.WITHDRAW, DOCTOR, "mistake", Map.of());
            assertThat(d.state()).as("from " + s).isEqualTo(ReportState.WITHDRAWN);
        }
    }

    @Test
    void aReviewThatMissesItsDeadlineCanBeEscalated() throws TransitionRefused {
        Reports.Driver d = Reports.v12(Reports.hoursV12());
        assertThat(d.workflow.available(d.view(), DOCTOR)).doesNotContain(CommandType.ESCALATE);
        assertThatThrownBy(() -> d.act(CommandType.ESCALATE, DOCTOR, "no meeting offered", Map.of()))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                    assertThat(r.why()).isEqualTo(TransitionRefused.Why.NOT_IN_THIS_STATE);
                    assertThat(r.getMessage()).contains("still within its deadline");
                });
        // Routed Tue 7 Oct 2025 (BST); 7 days → the end of Tue 14 Oct = 23:00 UTC.
        assertThat(d.missed(java.time.Instant.parse("2025-10-14T23:00:00Z"))).isEmpty();
        assertThat(d.missed(java.time.Instant.parse("2025-10-14T23:01:00Z"))).hasSize(1);
        assertThat(d.workflow.available(d.view(), DOCTOR)).contains(CommandType.ESCALATE);
        d.act(CommandType.ESCALATE, DOCTOR, "no meeting offered", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.LEVEL_1_REVIEW);
        // The new level has its own deadline: the old miss does not let the doctor skip it.
        assertThatThrownBy(() -> d.act(CommandType.ESCALATE, DOCTOR, "again", Map.of()))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("still within its deadline");
    }
}
