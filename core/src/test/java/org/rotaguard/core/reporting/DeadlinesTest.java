package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rotaguard.core.reporting.Reports.DOCTOR;
import static org.rotaguard.core.reporting.Reports.HR;
import static org.rotaguard.core.reporting.Reports.SUPERVISOR;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines in Europe/London calendar days: met at the due instant, missed one minute after, raised once. */
class DeadlinesTest {
    private static final Deadlines STANDARD = Deadlines.standard();

    private static Instant utc(String s) {
        return Instant.parse(s);
    }

    private static Reports.Driver hrReviewFrom(String day) {
        return Reports.v13(Reports.submission(Set.of(Category.HOURS), day + "T08:00", day + "T17:00", day + "T08:00",
                day + "T18:30"));
    }

    @Test
    void reviewDeadlineIsMetAtTheDueInstantAndMissedOneMinuteAfter() {
        Reports.Driver d = hrReviewFrom("2026-03-10");
        // Routed Tue 10 Mar 19:00 GMT; 7 days → the end of Tue 17 Mar.
        assertThat(STANDARD.open(d.view())).singleElement().satisfies(dl -> {
            assertThat(dl.kind()).isEqualTo(DeadlineKind.REVIEW);
            assertThat(dl.due()).isEqualTo(utc("2026-03-18T00:00:00Z"));
        });
        assertThat(d.missed(utc("2026-03-18T00:00:00Z"))).isEmpty();
        List<ReportEvent> missed = d.missed(utc("2026-03-18T00:01:00Z"));
        assertThat(missed).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.DEADLINE_MISSED);
            assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(e.get("deadline")).isEqualTo("REVIEW");
            assertThat(e.get("due")).isEqualTo("2026-03-18T00:00:00Z");
            assertThat(e.seq()).isEqualTo(3);
        });
        assertThat(d.state()).isEqualTo(ReportState.HR_REVIEW);
        assertThat(d.view().missedDeadlines()).hasSize(1);
        // Idempotent: asking again raises nothing more.
        assertThat(d.missed(utc("2026-03-19T12:00:00Z"))).isEmpty();
    }

    @Test
    void reviewDeadlineAcrossTheSpringClockChangeEndsAtLocalMidnight() {
        // Routed Wed 25 Mar 2026 (GMT); 7 days → the end of Wed 1 Apr, midnight BST = 23:00 UTC.
        Reports.Driver d = hrReviewFrom("2026-03-25");
        assertThat(STANDARD.open(d.view()).get(0).due()).isEqualTo(utc("2026-04-01T23:00:00Z"));
        assertThat(d.missed(utc("2026-04-01T23:00:00Z"))).isEmpty();
        assertThat(d.missed(utc("2026-04-01T23:01:00Z"))).hasSize(1);
    }

    @Test
    void reviewDeadlineAcrossTheAutumnClockChangeEndsAtLocalMidnight() {
        // Routed Tue 20 Oct 2026 (BST); 7 days → the end of Tue 27 Oct, after the clocks went back (GMT).
        Reports.Driver d = hrReviewFrom("2026-10-20");
        assertThat(STANDARD.open(d.view()).get(0).due()).isEqualTo(utc("2026-10-28T00:00:00Z"));
        assertThat(d.missed(utc("2026-10-27T23:59:00Z"))).isEmpty();
        assertThat(d.missed(utc("2026-10-28T00:01:00Z"))).hasSize(1);
    }

    @Test
    void aReplyRestartsTheReviewClock() throws TransitionRefused {
        Reports.Driver d = hrReviewFrom("2026-03-10");
        d.missed(utc("2026-03-18T00:01:00Z"));
        d.now = utc("2026-03-18T09:00:00Z");
        d.act(CommandType.REQUEST_CLARIFICATION, HR, "which ward?", Map.of());
        assertThat(STANDARD.open(d.view())).isEmpty();
        d.act(CommandType.REPLY, DOCTOR, "ward 7", Map.of());
        assertThat(STANDARD.open(d.view()).get(0).due()).isEqualTo(utc("2026-03-26T00:00:00Z"));
        assertThat(d.missed(utc("2026-03-26T00:01:00Z"))).hasSize(1);
        assertThat(d.view().missedDeadlines()).hasSize(2);
    }

    @Test
    void reviewDaysAreConfigurable() {
        Deadlines three = new Deadlines(DeadlineSettings.v12(), DeadlineSettings.v13().withReviewDays(3));
        Reports.Driver d = hrReviewFrom("2026-03-10");
        assertThat(three.open(d.view()).get(0).due()).isEqualTo(utc("2026-03-14T00:00:00Z"));
    }

    @Test
    void v12ToilNotTakenWithinFourWeeksOfTheEventIsPaidInstead() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V12, ReportState.TOIL_PENDING);
        // Worked Tue 7 Oct 2025 (BST); 28 days → the end of Tue 4 Nov, after the clocks went back (GMT).
        Deadline due = STANDARD.toil(d.view()).orElseThrow();
        assertThat(due.kind()).isEqualTo(DeadlineKind.TOIL);
        assertThat(due.due()).isEqualTo(utc("2025-11-05T00:00:00Z"));
        d.act(CommandType.BOOK_TOIL, DOCTOR, "", Map.of(Command.DATE, "2025-11-10"));
        assertThat(d.missed(utc("2025-11-05T00:00:00Z"))).isEmpty();
        List<ReportEvent> events = d.missed(utc("2025-11-05T00:01:00Z"));
        assertThat(events).extracting(ReportEvent::type).containsExactly(EventType.DEADLINE_MISSED, EventType.TOIL_EXPIRED);
        ReportView v = d.view();
        assertThat(v.state()).isEqualTo(ReportState.PAY_PENDING);
        assertThat(v.compensation()).contains(Compensation.PAY);
        assertThat(v.payMinutes()).isEqualTo(90);
        assertThat(v.toil().orElseThrow().status()).isEqualTo(ToilEntry.Status.CONVERTED_TO_PAY);
        assertThat(d.missed(utc("2025-12-01T00:00:00Z"))).isEmpty();
        d.act(CommandType.PAID, HR);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
    }

    @Test
    void v13ToilWindowRunsFromWhenItIsGranted() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours());
        d.now = utc("2026-03-20T10:00:00Z");
        d.act(CommandType.APPROVE, HR).act(CommandType.CHOOSE_TOIL, DOCTOR);
        // Granted Fri 20 Mar (GMT); 28 days → the end of Fri 17 Apr (BST) = 23:00 UTC.
        assertThat(STANDARD.toil(d.view()).orElseThrow().due()).isEqualTo(utc("2026-04-17T23:00:00Z"));
        assertThat(d.missed(utc("2026-04-17T23:00:00Z"))).isEmpty();
        assertThat(d.missed(utc("2026-04-17T23:01:00Z"))).extracting(ReportEvent::type)
                .containsExactly(EventType.DEADLINE_MISSED, EventType.TOIL_EXPIRED);
        assertThat(d.state()).isEqualTo(ReportState.PAY_PENDING);
    }

    @Test
    void onCallRestToilIsDueWithin24ElapsedHoursAcrossTheClockChange() throws TransitionRefused {
        // On call Fri 27 Mar 17:00 to Sat 28 Mar 10:00 GMT, 3h continuous rest; clocks go forward on Sun 29 Mar.
        Submission s = new Submission("oc-2", Reports.DOCTOR_ID, "trust-1", "", "", "", Set.of(Category.HOURS),
                Reports.at("2026-03-27T17:00"), Reports.at("2026-03-28T09:00"), Reports.at("2026-03-27T17:00"),
                Reports.at("2026-03-28T10:00"), 0, true, 180, 420, "", "", List.of(),
                Reports.at("2026-03-28T10:15").toInstant());
        Reports.Driver d = Reports.v13(s).act(CommandType.APPROVE, HR);
        Deadline due = STANDARD.toil(d.view()).orElseThrow();
        assertThat(due.kind()).isEqualTo(DeadlineKind.ON_CALL_REST_TOIL);
        assertThat(due.due()).isEqualTo(utc("2026-03-29T10:00:00Z"));
        assertThat(due.dueLondon().toLocalTime()).hasToString("11:00");
        assertThat(d.missed(utc("2026-03-29T10:00:00Z"))).isEmpty();
        // The doctor never chose (pay was refused): at expiry TOIL is recorded as forced, then converted to pay.
        assertThat(d.missed(utc("2026-03-29T10:01:00Z"))).extracting(ReportEvent::type).containsExactly(
                EventType.DEADLINE_MISSED, EventType.COMPENSATION_CHOSEN, EventType.TOIL_EXPIRED);
        ReportView v = d.view();
        assertThat(v.state()).isEqualTo(ReportState.PAY_PENDING);
        assertThat(v.toil().orElseThrow().forcedBy()).containsExactly(Safety.NROC_CONTINUOUS, Safety.NROC_TOTAL);
        assertThat(v.payMinutes()).isEqualTo(60);
    }

    @Test
    void toilBookedForADayWithinTheWindowMeetsIt() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V12, ReportState.TOIL_PENDING)
                .act(CommandType.BOOK_TOIL, Reports.DOCTOR, "", Map.of(Command.DATE, "2025-11-04"));
        assertThat(STANDARD.toil(d.view())).isEmpty();
        assertThat(STANDARD.toilWindow(d.view()).orElseThrow().due()).isEqualTo(utc("2025-11-05T00:00:00Z"));
        assertThat(d.missed(utc("2025-11-06T00:00:00Z"))).isEmpty();
        d.act(CommandType.TOIL_TAKEN, HR);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
    }

    @Test
    void onCallRestTakenTheNextDayIsRecordedWithTheChoiceEvenWhenApprovedLater() throws TransitionRefused {
        // On call until 10:00 Fri 13 Mar; rest not achieved; approved on Mon 16 Mar, long after the 24 hours.
        Reports.Driver d = Reports.v13(Reports.onCall(120, 300));
        d.now = utc("2026-03-16T09:00:00Z");
        d.act(CommandType.APPROVE, HR);
        assertThat(STANDARD.toil(d.view())).as("not converted before the doctor could choose").isEmpty();
        assertThat(d.missed(utc("2026-03-16T12:00:00Z"))).isEmpty();
        d.act(CommandType.CHOOSE_TOIL, DOCTOR, "", Map.of(Command.DATE, "2026-03-13"));
        assertThat(d.state()).isEqualTo(ReportState.TOIL_BOOKED);
        assertThat(d.missed(utc("2026-03-20T00:00:00Z"))).isEmpty();
        d.act(CommandType.TOIL_TAKEN, HR);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_COMPENSATED);
    }

    @Test
    void onCallRestNotTakenInTimeIsPaidOnceTheDoctorHasChosen() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.onCall(120, 300));
        d.now = utc("2026-03-16T09:00:00Z");
        d.act(CommandType.APPROVE, HR).act(CommandType.CHOOSE_TOIL, DOCTOR);
        assertThat(d.missed(utc("2026-03-16T12:00:00Z"))).extracting(ReportEvent::type)
                .containsExactly(EventType.DEADLINE_MISSED, EventType.TOIL_EXPIRED);
        assertThat(d.state()).isEqualTo(ReportState.PAY_PENDING);
    }

    @Test
    void toilTakenInTimeStopsTheClock() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V13, ReportState.TOIL_BOOKED).act(CommandType.TOIL_TAKEN, HR);
        assertThat(STANDARD.open(d.view())).isEmpty();
        assertThat(d.missed(utc("2027-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void anUndisputedRejectionStandsAfterTheDisputeWindow() throws TransitionRefused {
        Reports.Driver d = hrReviewFrom("2026-03-10");
        d.now = utc("2026-03-12T09:00:00Z");
        d.act(CommandType.REJECT, HR, "no evidence", Map.of());
        // Rejected Thu 12 Mar 10:00 GMT; 28 days → the end of Thu 9 Apr (BST).
        Deadline due = STANDARD.open(d.view()).get(0);
        assertThat(due.kind()).isEqualTo(DeadlineKind.DISPUTE);
        assertThat(due.due()).isEqualTo(utc("2026-04-09T23:00:00Z"));
        assertThat(d.missed(utc("2026-04-09T23:00:00Z"))).isEmpty();
        assertThat(d.missed(utc("2026-04-09T23:01:00Z"))).extracting(ReportEvent::type)
                .containsExactly(EventType.DEADLINE_MISSED, EventType.REJECTION_CONFIRMED);
        assertThat(d.state()).isEqualTo(ReportState.CLOSED_REJECTED);
        assertThat(d.missed(utc("2026-06-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void withoutADisputeWindowARejectionWaitsForTheDoctor() {
        Deadlines none = new Deadlines(DeadlineSettings.v12(), DeadlineSettings.v13().withDisputeDays(null));
        Reports.Driver d = Reports.v13(Reports.hours());
        List<ReportEvent> rejected;
        try {
            rejected = d.workflow.decide(d.view(), new Command(CommandType.REJECT, HR, d.now.plusSeconds(60), "no",
                    Map.of()));
        } catch (TransitionRefused e) {
            throw new AssertionError(e);
        }
        d.log.addAll(rejected);
        assertThat(none.open(d.view())).isEmpty();
        assertThat(none.missed(d.view(), utc("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void aLateSubmissionIsRecordedNotRefused() {
        // Worked until 18:30 on Tue 10 Mar 2026; 28 days → the end of Tue 7 Apr (BST) = 23:00 UTC.
        Submission onTime = withSubmittedAt(Reports.hours(), utc("2026-04-07T23:00:00Z"));
        List<ReportEvent> ok = Workflow.forVersion(ProcessVersion.V13).submit("r", onTime, DOCTOR, ProcessVersion.V13);
        assertThat(ok).extracting(ReportEvent::type).containsExactly(EventType.SUBMITTED, EventType.ROUTED);
        Submission late = withSubmittedAt(Reports.hours(), utc("2026-04-07T23:01:00Z"));
        List<ReportEvent> events = Workflow.forVersion(ProcessVersion.V13).submit("r", late, DOCTOR, ProcessVersion.V13);
        assertThat(events).extracting(ReportEvent::type).containsExactly(EventType.SUBMITTED, EventType.ROUTED,
                EventType.DEADLINE_MISSED);
        assertThat(events.get(2).get("deadline")).isEqualTo("SUBMISSION");
        ReportView v = ReportView.replay(late, events);
        assertThat(v.late()).isTrue();
        assertThat(v.state()).isEqualTo(ReportState.HR_REVIEW);
    }

    @Test
    void v12SubmissionWindowAppliesToClaimsOnly() {
        Submission claim = withSubmittedAt(Reports.hoursV12(), utc("2025-10-15T00:01:00Z"));
        assertThat(ReportView.replay(claim, Workflow.forVersion(ProcessVersion.V12).submit("r", claim, DOCTOR,
                ProcessVersion.V12)).late()).isTrue();
        Submission pattern = withSubmittedAt(Reports.submission(Set.of(Category.PATTERN), "2025-10-07T08:00",
                "2025-10-07T17:00", "2025-10-07T08:00", "2025-10-07T17:00"), utc("2025-12-01T00:00:00Z"));
        assertThat(STANDARD.submission(pattern, ProcessVersion.V12)).isEmpty();
        // 7 days from Tue 7 Oct (BST) → the end of Tue 14 Oct = 23:00 UTC.
        assertThat(STANDARD.submission(Reports.hoursV12(), ProcessVersion.V12).orElseThrow().due())
                .isEqualTo(utc("2025-10-14T23:00:00Z"));
    }

    @Test
    void closedReportsRaiseNothing() throws TransitionRefused {
        Reports.Driver d = Reports.v12(Reports.hoursV12()).act(CommandType.WITHDRAW, DOCTOR, "duplicate", Map.of());
        assertThat(d.missed(utc("2030-01-01T00:00:00Z"))).isEmpty();
        Reports.Driver s = Reports.v12(Reports.hoursV12());
        assertThat(s.missed(utc("2025-10-15T23:01:00Z"))).singleElement()
                .satisfies(e -> assertThat(e.get("state")).isEqualTo("SUPERVISOR_REVIEW"));
        s.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", States.outcome(Outcome.NO_ACTION));
        assertThat(STANDARD.open(s.view())).isEmpty();
    }

    private static Submission withSubmittedAt(Submission s, Instant at) {
        return new Submission(s.clientId(), s.doctorUserId(), s.employerId(), s.department(), s.grade(), s.specialty(),
                s.categories(), s.rosteredStart(), s.rosteredEnd(), s.workedStart(), s.workedEnd(),
                s.breakMinutesMissed(), s.onCall(), s.onCallContinuousRestMinutes(), s.onCallTotalRestMinutes(),
                s.narrative(), s.stepsTaken(), s.evidence(), at);
    }
}
