package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.reporting.Reports.DME;
import static org.rotaguard.core.reporting.Reports.DOCTOR;
import static org.rotaguard.core.reporting.Reports.GUARDIAN;
import static org.rotaguard.core.reporting.Reports.HR;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reformed process (TCS v13), path by path, and its guards. */
class WorkflowV13Test {

    @Test
    void submissionIsRoutedToHrWithTheGuardianCopied() {
        Reports.Driver d = Reports.v13(Reports.hours());
        ReportView v = d.view();
        assertThat(d.log).extracting(ReportEvent::type).containsExactly(EventType.SUBMITTED, EventType.ROUTED);
        assertThat(d.log.get(0).actor()).isEqualTo(DOCTOR);
        assertThat(d.log.get(0).version()).isEqualTo(ProcessVersion.V13);
        assertThat(v.state()).isEqualTo(ReportState.HR_REVIEW);
        assertThat(v.route()).isEqualTo(Route.HR);
        assertThat(v.copiedTo()).containsExactly(Role.GUARDIAN);
        assertThat(v.level()).isZero();
        assertThat(v.late()).isFalse();
    }

    @Test
    void educationalReportGoesToTheDmeAndAMixedOneToHrWithTheDmeTold() {
        assertThat(Reports.v13(Reports.education()).view().route()).isEqualTo(Route.DME);
        Submission mixed = Reports.submission(Set.of(Category.HOURS, Category.MISSED_TEACHING), "2026-03-10T08:00",
                "2026-03-10T17:00", "2026-03-10T08:00", "2026-03-10T18:00");
        ReportView v = Reports.v13(mixed).view();
        assertThat(v.route()).isEqualTo(Route.HR);
        assertThat(v.copiedTo()).containsExactlyInAnyOrder(Role.GUARDIAN, Role.DME);
    }

    @Test
    void levelZeroApprovalThenTheDoctorChoosesPayAndPayrollPays() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.APPROVE, HR);
        assertThat(d.state()).isEqualTo(ReportState.APPROVED);
        assertThat(d.workflow.available(d.view(), DOCTOR)).contains(CommandType.CHOOSE_PAY, CommandType.CHOOSE_TOIL);
        d.act(CommandType.CHOOSE_PAY, DOCTOR);
        assertThat(d.view().compensation()).contains(Compensation.PAY);
        assertThat(d.view().payMinutes()).isEqualTo(90);
        d.act(CommandType.PAID, HR, "", Map.of(Command.PAYROLL_RUN, "April 2026"));
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
        assertThat(d.log.get(d.log.size() - 1).get(Command.PAYROLL_RUN)).isEqualTo("April 2026");
    }

    @Test
    void toilChosenBookedAndTaken() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.APPROVE, HR).act(CommandType.CHOOSE_TOIL, DOCTOR);
        assertThat(d.view().toil()).hasValueSatisfying(t -> {
            assertThat(t.minutes()).isEqualTo(90);
            assertThat(t.forced()).isFalse();
            assertThat(t.status()).isEqualTo(ToilEntry.Status.OWED);
        });
        d.act(CommandType.BOOK_TOIL, DOCTOR, "", Map.of(Command.DATE, "2026-03-20"));
        assertThat(d.view().toil().orElseThrow().bookedFor()).hasToString("2026-03-20");
        d.act(CommandType.BOOK_TOIL, HR, "rota gap", Map.of(Command.DATE, "2026-03-23"));
        assertThat(d.view().toil().orElseThrow().bookedFor()).hasToString("2026-03-23");
        d.act(CommandType.TOIL_TAKEN, HR);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
        assertThat(d.view().toil().orElseThrow().status()).isEqualTo(ToilEntry.Status.TAKEN);
    }

    @Test
    void clarificationLevelOneReturnsToTheReviewer() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.REQUEST_CLARIFICATION, HR,
                "Which ward were you on after 17:00?", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.AWAITING_DOCTOR);
        assertThat(d.view().level()).isEqualTo(1);
        assertThat(d.workflow.available(d.view(), HR)).doesNotContain(CommandType.APPROVE);
        d.act(CommandType.REPLY, DOCTOR, "Ward 7, handing over to the night team", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.HR_REVIEW);
        d.act(CommandType.APPROVE, HR);
        assertThat(d.state()).isEqualTo(ReportState.APPROVED);
        assertThat(d.view().decisions()).extracting(ReportEvent::type).containsExactly(
                EventType.CLARIFICATION_REQUESTED, EventType.DOCTOR_REPLIED, EventType.APPROVED);
    }

    @Test
    void dmeClarificationReturnsToTheDme() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.education()).act(CommandType.REQUEST_CLARIFICATION, DME)
                .act(CommandType.REPLY, DOCTOR);
        assertThat(d.state()).isEqualTo(ReportState.DME_REVIEW);
        d.act(CommandType.APPROVE, DME).act(CommandType.RECORD_EDUCATION_OUTCOME, DME,
                "Teaching session reinstated on 24 March", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_EDUCATION);
        assertThat(d.view().educationOutcome()).contains("Teaching session reinstated on 24 March");
    }

    @Test
    void rejectionDisputedToTheGuardianWhoUpholdsTheDoctor() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.REJECT, HR, "No evidence of the time", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.REJECTED);
        d.act(CommandType.DISPUTE, DOCTOR, "The charge nurse corroborates: NMC 12A3456E", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.GUARDIAN_REVIEW);
        assertThat(d.view().level()).isEqualTo(2);
        assertThat(d.workflow.available(d.view(), HR)).containsExactly(CommandType.REQUEST_WORK_SCHEDULE_REVIEW);
        assertThatThrownBy(() -> d.act(CommandType.UPHOLD, HR)).isInstanceOfSatisfying(TransitionRefused.class,
                r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.ROLE));
        assertThatThrownBy(() -> d.act(CommandType.UPHOLD, DME)).isInstanceOf(TransitionRefused.class);
        d.act(CommandType.UPHOLD, GUARDIAN);
        assertThat(d.state()).isEqualTo(ReportState.APPROVED);
        d.act(CommandType.CHOOSE_TOIL, DOCTOR);
        assertThat(d.state()).isEqualTo(ReportState.TOIL_PENDING);
    }

    @Test
    void guardianConfirmsTheRejectionFinally() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.REJECT, HR, "Rota shows you off", Map.of())
                .act(CommandType.DISPUTE, DOCTOR, "I was there", Map.of());
        assertThatThrownBy(() -> d.act(CommandType.CONFIRM_REJECTION, GUARDIAN, " ", Map.of()))
                .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                    assertThat(r.why()).isEqualTo(TransitionRefused.Why.REASON_REQUIRED);
                    assertThat(r.getMessage()).isEqualTo("confirm the rejection of needs a reason");
                });
        d.act(CommandType.CONFIRM_REJECTION, GUARDIAN, "Swipe records show you left at 17:05", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_REJECTED);
        assertThat(d.view().decisions().get(d.view().decisions().size() - 1).reason())
                .isEqualTo("Swipe records show you left at 17:05");
    }

    @Test
    void educationalReportUpheldByTheGuardianGoesToEducationAction() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.education()).act(CommandType.REJECT, DME, "Not a training session", Map.of())
                .act(CommandType.DISPUTE, DOCTOR, "It is in my job plan", Map.of()).act(CommandType.UPHOLD, GUARDIAN);
        assertThat(d.state()).isEqualTo(ReportState.EDUCATION_ACTION);
    }

    @Test
    void approvalWithNothingBeyondTheRosterClosesTheReport() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.noExtra()).act(CommandType.APPROVE, HR);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_APPROVED);
        assertThat(d.view().compensation()).isEmpty();
    }

    @Test
    void reasonsAreRequiredForRejectDisputeClarificationWithdrawAndReply() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours());
        for (CommandType c : List.of(CommandType.REJECT, CommandType.REQUEST_CLARIFICATION)) {
            assertThatThrownBy(() -> d.act(c, HR, "", Map.of())).isInstanceOfSatisfying(TransitionRefused.class,
                    r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.REASON_REQUIRED));
        }
        assertThatThrownBy(() -> d.act(CommandType.WITHDRAW, DOCTOR, null, Map.of()))
                .isInstanceOf(TransitionRefused.class).hasMessage("withdraw needs a reason");
        d.act(CommandType.REJECT, HR, "no", Map.of());
        assertThatThrownBy(() -> d.act(CommandType.DISPUTE, DOCTOR, "", Map.of()))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.REASON_REQUIRED));
        assertThat(d.state()).isEqualTo(ReportState.REJECTED);
    }

    @Test
    void nobodyActsOnTheirOwnReport() throws TransitionRefused {
        // An HR officer who is also a doctor reports hours; acting as HR on that report is refused.
        Submission own = new Submission("c-own", "hr.jones", "trust-1", "", "", "", Set.of(Category.HOURS),
                Reports.at("2026-03-10T08:00"), Reports.at("2026-03-10T17:00"), Reports.at("2026-03-10T08:00"),
                Reports.at("2026-03-10T18:00"), 0, false, null, null, "", "", List.of(),
                Reports.at("2026-03-10T19:00").toInstant());
        Reports.Driver d = Reports.v13(own);
        assertThat(d.workflow.available(d.view(), HR)).isEmpty();
        assertThatThrownBy(() -> d.act(CommandType.APPROVE, HR)).isInstanceOfSatisfying(TransitionRefused.class, r -> {
            assertThat(r.why()).isEqualTo(TransitionRefused.Why.OWN_REPORT);
            assertThat(r.getMessage()).startsWith("nobody acts on their own report");
        });
        Actor sameAsDoctor = Actor.of("hr.jones", Role.DOCTOR);
        d.act(CommandType.WITHDRAW, sameAsDoctor, "filed twice", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.WITHDRAWN);
    }

    @Test
    void aDoctorCannotActOnAnotherDoctorsReport() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.APPROVE, HR);
        assertThatThrownBy(() -> d.act(CommandType.CHOOSE_PAY, Reports.OTHER_DOCTOR))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.NOT_THE_DOCTOR));
        assertThatThrownBy(() -> d.act(CommandType.WITHDRAW, Reports.OTHER_DOCTOR))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("only the doctor who submitted");
    }

    @Test
    void closedReportsRefuseEverythingButAWorkScheduleReviewRequest() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.APPROVE, HR).act(CommandType.CHOOSE_PAY, DOCTOR)
                .act(CommandType.PAID, HR);
        for (CommandType c : CommandType.values()) {
            if (c == CommandType.REQUEST_WORK_SCHEDULE_REVIEW) {
                continue;
            }
            assertThatThrownBy(() -> d.act(c, DOCTOR)).isInstanceOfSatisfying(TransitionRefused.class, r -> {
                assertThat(r.why()).isEqualTo(TransitionRefused.Why.CLOSED);
                assertThat(r.getMessage()).contains("is closed (closed compensated)");
            });
        }
        d.act(CommandType.REQUEST_WORK_SCHEDULE_REVIEW, GUARDIAN, "Third late finish on this ward this month", Map.of());
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
        assertThat(d.view().workScheduleReviewRequests()).singleElement()
                .satisfies(e -> assertThat(e.get("requestedBy")).isEqualTo("GUARDIAN"));
    }

    @Test
    void withdrawalFromEachOpenStateByTheDoctor() throws TransitionRefused {
        for (ReportState s : States.reachable(ProcessVersion.V13)) {
            if (s.closed()) {
                continue;
            }
            Reports.Driver d = States.reach(ProcessVersion.V13, s);
            d.act(CommandType.WITHDRAW, DOCTOR, "reported the wrong day", Map.of());
            assertThat(d.state()).as("from " + s).isEqualTo(ReportState.WITHDRAWN);
            assertThat(d.log.get(d.log.size() - 1).get("from")).isEqualTo(s.name());
        }
    }

    @Test
    void commandsDatedBeforeTheLastEventAreRefused() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours());
        Command early = new Command(CommandType.APPROVE, HR, d.view().submittedAt().minusSeconds(60), "", Map.of());
        assertThatThrownBy(() -> d.workflow.decide(d.view(), early)).isInstanceOfSatisfying(TransitionRefused.class,
                r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.OUT_OF_ORDER));
    }

    @Test
    void bookingNeedsAValidDateNotBeforeTheWork() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V13, ReportState.TOIL_PENDING);
        assertThatThrownBy(() -> d.act(CommandType.BOOK_TOIL, DOCTOR, "", Map.of()))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("give the day");
        assertThatThrownBy(() -> d.act(CommandType.BOOK_TOIL, DOCTOR, "", Map.of(Command.DATE, "20/03/2026")))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> d.act(CommandType.BOOK_TOIL, DOCTOR, "", Map.of(Command.DATE, "2026-03-09")))
                .isInstanceOf(TransitionRefused.class).hasMessageContaining("before the work");
        d.act(CommandType.BOOK_TOIL, DOCTOR, "", Map.of(Command.DATE, "2026-03-10"));
        assertThat(d.state()).isEqualTo(ReportState.TOIL_BOOKED);
    }

    @Test
    void submitIsRefusedForAnotherDoctorOrTheWrongVersion() {
        Workflow w = Workflow.forVersion(ProcessVersion.V13);
        assertThatThrownBy(() -> w.submit("r", Reports.hours(), Reports.OTHER_DOCTOR, ProcessVersion.V13))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its own doctor");
        assertThatThrownBy(() -> w.submit("r", Reports.hours(), DOCTOR, ProcessVersion.V12))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstResponseIsTheReviewersFirstDecision() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours());
        assertThat(d.view().firstResponseAt()).isEmpty();
        d.act(CommandType.REQUEST_WORK_SCHEDULE_REVIEW, GUARDIAN, "pattern", Map.of());
        assertThat(d.view().firstResponseAt()).as("oversight is not a response").isEmpty();
        d.act(CommandType.REQUEST_CLARIFICATION, HR, "which ward?", Map.of());
        java.time.Instant first = d.now;
        d.act(CommandType.REPLY, DOCTOR, "7", Map.of()).act(CommandType.APPROVE, HR);
        assertThat(d.view().firstResponseAt()).contains(first);
    }
}
