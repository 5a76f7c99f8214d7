package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.reporting.Reports.DOCTOR;
import static org.rotaguard.core.reporting.Reports.GUARDIAN;
import static org.rotaguard.core.reporting.Reports.HR;
import static org.rotaguard.core.reporting.Reports.SUPERVISOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work schedule reviews, onboarding with its 7-day access deadline, and the TOIL ledger. */
class ReviewsAndOnboardingTest {
    private static final Instant T0 = Instant.parse("2026-03-20T10:00:00Z");

    @Test
    void aWorkScheduleReviewRunsRequestedMeetingOutcomeClosed() {
        List<WorkScheduleReview.Event> log = new ArrayList<>();
        log.add(WorkScheduleReview.request("wsr-1", Reports.DOCTOR_ID, List.of("r-1", "r-2"), DOCTOR, T0,
                "Four late finishes in March"));
        WorkScheduleReview r = WorkScheduleReview.replay(log);
        assertThat(r.state()).isEqualTo(WorkScheduleReview.State.REQUESTED);
        assertThat(r.reportIds()).containsExactly("r-1", "r-2");
        assertThat(r.requestedBy()).isEqualTo(DOCTOR);
        log.add(r.recordMeeting(SUPERVISOR, T0.plusSeconds(86_400), "Met with the doctor and the rota coordinator"));
        r = WorkScheduleReview.replay(log);
        assertThatThrownBy(() -> WorkScheduleReview.replay(log).close(HR, T0.plusSeconds(90_000), "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MEETING_HELD");
        log.add(r.recordOutcome(HR, T0.plusSeconds(172_800), WorkScheduleReview.ReviewOutcome.SCHEDULE_CHANGED,
                "Ward round handover moved to 16:30"));
        r = WorkScheduleReview.replay(log);
        assertThat(r.outcome()).contains(WorkScheduleReview.ReviewOutcome.SCHEDULE_CHANGED);
        log.add(r.close(GUARDIAN, T0.plusSeconds(200_000), "Overseen"));
        assertThat(WorkScheduleReview.replay(log).state()).isEqualTo(WorkScheduleReview.State.CLOSED);
    }

    @Test
    void workScheduleReviewGuards() {
        assertThatThrownBy(() -> WorkScheduleReview.request("w", Reports.DOCTOR_ID, List.of(), Reports.OTHER_DOCTOR, T0,
                "x")).hasMessageContaining("their own work schedule");
        assertThatThrownBy(() -> WorkScheduleReview.request("w", Reports.DOCTOR_ID, List.of(),
                Actor.of("b", Role.BOARD), T0, "x")).hasMessageContaining("BOARD cannot ask");
        assertThatThrownBy(() -> WorkScheduleReview.request("w", Reports.DOCTOR_ID, List.of(), GUARDIAN, T0, " "))
                .hasMessageContaining("needs a reason");
        WorkScheduleReview r = WorkScheduleReview.replay(List.of(WorkScheduleReview.request("w", Reports.DOCTOR_ID,
                List.of(), GUARDIAN, T0, "pattern of reports")));
        assertThatThrownBy(() -> r.recordMeeting(DOCTOR, T0, "")).hasMessageContaining("DOCTOR cannot record");
        assertThatThrownBy(() -> r.recordMeeting(Actor.of(Reports.DOCTOR_ID, Role.HR), T0, ""))
                .hasMessageContaining("their own work schedule");
        assertThatThrownBy(() -> r.recordMeeting(HR, T0.minusSeconds(1), "")).hasMessageContaining("before");
        assertThatThrownBy(() -> r.recordOutcome(HR, T0, WorkScheduleReview.ReviewOutcome.NO_CHANGE, "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accessIsDueWithinSevenCalendarDaysMetAtTheDueInstant() {
        DeadlineSettings s = DeadlineSettings.v13();
        // Started Wed 25 Mar 2026 (GMT); 7 days → the end of Wed 1 Apr (BST) = 23:00 UTC.
        Onboarding o = Onboarding.start(Reports.DOCTOR_ID, "trust-1", LocalDate.of(2026, 3, 25), "new rota");
        assertThat(o.accessDeadline(s).due()).isEqualTo(Instant.parse("2026-04-01T23:00:00Z"));
        assertThat(o.missed(s, Instant.parse("2026-04-01T23:00:00Z"))).isEmpty();
        Onboarding missed = o.missed(s, Instant.parse("2026-04-01T23:01:00Z")).orElseThrow();
        assertThat(missed.accessMissedAt()).isEqualTo(Instant.parse("2026-04-01T23:01:00Z"));
        assertThat(missed.missed(s, Instant.parse("2026-04-05T00:00:00Z"))).as("raised once").isEmpty();
        Onboarding granted = missed.grantAccess(HR, Instant.parse("2026-04-03T09:00:00Z"));
        assertThat(granted.accessLate(s, Instant.parse("2026-05-01T00:00:00Z"))).isTrue();
    }

    @Test
    void onboardingSteps() {
        DeadlineSettings s = DeadlineSettings.v13();
        Onboarding o = Onboarding.start(Reports.DOCTOR_ID, "trust-1", LocalDate.of(2026, 8, 5), null);
        assertThat(o.trigger()).isEqualTo("started employment");
        assertThatThrownBy(() -> o.testReport("r-9", T0)).hasMessageContaining("needs access first");
        assertThatThrownBy(() -> o.grantAccess(SUPERVISOR, T0)).hasMessageContaining("HR or an administrator");
        Onboarding g = o.grantAccess(HR, Instant.parse("2026-08-12T22:59:00Z"));
        assertThat(g.accessLate(s, Instant.parse("2026-09-01T00:00:00Z"))).isFalse();
        assertThat(g.missed(s, Instant.parse("2026-09-01T00:00:00Z"))).isEmpty();
        assertThatThrownBy(() -> g.crossCheck(GUARDIAN, T0)).hasMessageContaining("no test report");
        Onboarding t = g.testReport("r-9", Instant.parse("2026-08-13T08:00:00Z"));
        assertThatThrownBy(() -> t.crossCheck(HR, T0)).hasMessageContaining("only the guardian");
        Onboarding done = t.crossCheck(GUARDIAN, Instant.parse("2026-08-14T08:00:00Z"));
        assertThat(done.complete()).isTrue();
        assertThat(done.crossCheckedBy()).isEqualTo(GUARDIAN.userId());
        assertThatThrownBy(() -> done.grantAccess(HR, T0)).hasMessageContaining("already granted");
    }

    @Test
    void theToilLedgerAddsUpOwedTakenAndConverted() throws TransitionRefused {
        Reports.Driver owed = States.reach(ProcessVersion.V13, ReportState.TOIL_BOOKED);
        Reports.Driver taken = States.reach(ProcessVersion.V13, ReportState.TOIL_PENDING).act(CommandType.TOIL_TAKEN, HR);
        Reports.Driver converted = States.reach(ProcessVersion.V12, ReportState.TOIL_PENDING);
        converted.missed(Instant.parse("2025-11-05T00:01:00Z"));
        Reports.Driver paid = States.reach(ProcessVersion.V13, ReportState.PAY_PENDING);
        ToilLedger ledger = ToilLedger.of(Reports.DOCTOR_ID, List.of(owed.view(), taken.view(), converted.view(),
                paid.view()), Deadlines.standard());
        assertThat(ledger.lines()).hasSize(3);
        assertThat(ledger.creditedMinutes()).isEqualTo(270);
        assertThat(ledger.owedMinutes()).isEqualTo(90);
        assertThat(ledger.takenMinutes()).isEqualTo(90);
        assertThat(ledger.convertedToPayMinutes()).isEqualTo(90);
        assertThat(ledger.lines().get(0).entry().status()).isEqualTo(ToilEntry.Status.CONVERTED_TO_PAY);
        assertThat(ledger.lines()).filteredOn(l -> l.entry().status() == ToilEntry.Status.BOOKED).singleElement()
                .satisfies(l -> assertThat(l.due()).isPresent());
        assertThat(ToilLedger.of("someone.else", List.of(owed.view()), Deadlines.standard()).lines()).isEmpty();
    }

    @Test
    void deadlineSettingsRefuseNonsense() {
        assertThatThrownBy(() -> DeadlineSettings.v13().withReviewDays(0)).hasMessageContaining("reviewDays");
        assertThatThrownBy(() -> new Deadlines(DeadlineSettings.v13(), DeadlineSettings.v12()))
                .hasMessageContaining("wrong versions");
        assertThat(DeadlineSettings.v12().toilWindowDays()).isEqualTo(28);
        assertThat(DeadlineSettings.v13().submissionWindowDays()).isEqualTo(28);
        assertThat(DeadlineSettings.v12().submissionWindowDays()).isEqualTo(7);
    }
}
