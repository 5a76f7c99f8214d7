package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rotaguard.core.reporting.Reports.DOCTOR;
import static org.rotaguard.core.reporting.Reports.GUARDIAN;
import static org.rotaguard.core.reporting.Reports.HR;
import static org.rotaguard.core.reporting.Reports.SUPERVISOR;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time off in lieu forced by a safe-working breach: pay is refused; only running out of time turns it into pay. */
class ForcedToilTest {

    @Test
    void onCallRestNotAchievedMakesToilMandatory() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.onCall(4 * 60 + 59, 8 * 60)).act(CommandType.APPROVE, HR);
        assertThat(d.view().mandatoryToil()).containsExactly(Safety.NROC_CONTINUOUS);
        assertThat(d.workflow.available(d.view(), DOCTOR)).contains(CommandType.CHOOSE_TOIL)
                .doesNotContain(CommandType.CHOOSE_PAY);
        assertThatThrownBy(() -> d.act(CommandType.CHOOSE_PAY, DOCTOR)).isInstanceOfSatisfying(TransitionRefused.class,
                r -> {
                    assertThat(r.why()).isEqualTo(TransitionRefused.Why.MANDATORY_TOIL);
                    assertThat(r.getMessage()).contains("nroc-5h-continuous").contains("pay cannot be chosen");
                });
        d.act(CommandType.CHOOSE_TOIL, DOCTOR);
        assertThat(d.view().toil().orElseThrow().forcedBy()).containsExactly(Safety.NROC_CONTINUOUS);
    }

    @Test
    void restAtExactlyTheLimitsIsNoBreach() {
        assertThat(Safety.restBreaches(Reports.onCall(5 * 60, 8 * 60))).isEmpty();
        assertThat(Safety.restBreaches(Reports.onCall(5 * 60, 8 * 60 - 1))).containsExactly(Safety.NROC_TOTAL);
        assertThat(Safety.restBreaches(Reports.onCall(0, 0))).containsExactly(Safety.NROC_CONTINUOUS, Safety.NROC_TOTAL);
        assertThat(Safety.restBreaches(Reports.hours())).isEmpty();
    }

    @Test
    void theReviewerRecordsABreachTheSubmissionCannotShow() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.APPROVE, HR, "",
                Map.of(Command.MANDATORY_TOIL, Safety.REST_UNDER_11H));
        assertThat(d.view().mandatoryToil()).containsExactly(Safety.REST_UNDER_11H);
        assertThatThrownBy(() -> d.act(CommandType.CHOOSE_PAY, DOCTOR)).isInstanceOfSatisfying(TransitionRefused.class,
                r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.MANDATORY_TOIL));
    }

    @Test
    void theGuardianUpholdingCanRecordTheBreachToo() throws TransitionRefused {
        Reports.Driver d = Reports.v13(Reports.hours()).act(CommandType.REJECT, HR, "no", Map.of())
                .act(CommandType.DISPUTE, DOCTOR, "yes", Map.of())
                .act(CommandType.UPHOLD, GUARDIAN, "", Map.of(Command.MANDATORY_TOIL, "rest-under-11h, shift-over-13h"));
        assertThat(d.view().mandatoryToil()).containsExactly("rest-under-11h", "shift-over-13h");
    }

    @Test
    void malformedRuleIdsAreRefused() {
        Reports.Driver d = Reports.v13(Reports.hours());
        assertThatThrownBy(() -> d.act(CommandType.APPROVE, HR, "", Map.of(Command.MANDATORY_TOIL, "Rest under 11h!")))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.INVALID_DATA));
    }

    @Test
    void v12OutcomeOfPayIsRefusedWhenOnCallRestWasNotAchieved() throws TransitionRefused {
        Submission s = new Submission("oc-12", Reports.DOCTOR_ID, "trust-1", "", "", "", java.util.Set.of(Category.HOURS),
                Reports.at("2025-10-09T17:00"), Reports.at("2025-10-10T09:00"), Reports.at("2025-10-09T17:00"),
                Reports.at("2025-10-10T10:00"), 0, true, 120, 300, "", "", java.util.List.of(),
                Reports.at("2025-10-10T11:00").toInstant());
        Reports.Driver d = Reports.v12(s);
        assertThatThrownBy(() -> d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", States.outcome(Outcome.PAY)))
                .isInstanceOfSatisfying(TransitionRefused.class,
                        r -> assertThat(r.why()).isEqualTo(TransitionRefused.Why.MANDATORY_TOIL));
        d.act(CommandType.AGREE_OUTCOME, SUPERVISOR, "", States.outcome(Outcome.TOIL)).act(CommandType.ACCEPT_OUTCOME, DOCTOR);
        assertThat(d.view().toil().orElseThrow().forced()).isTrue();
    }
}
