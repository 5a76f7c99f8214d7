package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of both transition tables, taken by every role: allowed roles reach one of the row's
 * target states, every other role is refused; and every command absent from a state is refused.
 */
class TransitionTableWalkTest {

    @Test
    void everyRowStartsInAStateTheTestsCanReach() {
        for (ProcessVersion v : ProcessVersion.values()) {
            for (Transition t : Workflow.forVersion(v).transitions()) {
                assertThat(States.reachable(v)).as(v + " " + t.from()).contains(t.from());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowByEveryRole() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ProcessVersion v : ProcessVersion.values()) {
            for (Transition t : Workflow.forVersion(v).transitions()) {
                for (Role role : Role.values()) {
                    boolean allowed = t.roles().contains(role);
                    tests.add(DynamicTest.dynamicTest(v + " " + t.from() + " " + t.command() + " by " + role
                            + (allowed ? " → " + t.to() : " refused"), () -> walk(v, t, role, allowed)));
                }
            }
        }
        return tests.stream();
    }

    private static void walk(ProcessVersion v, Transition t, Role role, boolean allowed) throws TransitionRefused {
        Reports.Driver d = States.reach(v, t.from());
        assertThat(d.state()).isEqualTo(t.from());
        if (t.command() == CommandType.ESCALATE && t.from() != ReportState.OUTCOME_PROPOSED) {
            // A review is escalated only once its deadline has passed.
            assertThat(d.missed(d.now.plus(java.time.Duration.ofDays(30)))).isNotEmpty();
        }
        Actor actor = Reports.BY_ROLE.get(role);
        if (allowed) {
            d.act(t.command(), actor, "because", States.dataFor(v, t.command()));
            assertThat(t.to()).contains(d.state());
            List<ReportEvent> appended = d.log.subList(d.log.size() - 1, d.log.size());
            assertThat(t.events()).contains(appended.get(0).type());
            assertThat(d.workflow.available(ReportView.replay(d.submission, d.log.subList(0, d.log.size())), actor))
                    .isNotNull();
        } else {
            assertThat(d.workflow.available(d.view(), actor)).doesNotContain(t.command());
            assertThatThrownBy(() -> d.act(t.command(), actor, "because", States.dataFor(v, t.command())))
                    .isInstanceOfSatisfying(TransitionRefused.class, r -> {
                        assertThat(r.why()).isEqualTo(TransitionRefused.Why.ROLE);
                        assertThat(r.getMessage()).contains(role.name()).contains("only");
                    });
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandMissingFromAStateIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ProcessVersion v : ProcessVersion.values()) {
            Workflow w = Workflow.forVersion(v);
            for (ReportState s : States.reachable(v)) {
                for (CommandType c : CommandType.values()) {
                    boolean inTable = w.transitions().stream().anyMatch(t -> t.from() == s && t.command() == c);
                    if (inTable) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(v + " " + s + " refuses " + c, () -> {
                        Reports.Driver d = States.reach(v, s);
                        for (Role role : Role.values()) {
                            Actor actor = Reports.BY_ROLE.get(role);
                            assertThat(w.available(d.view(), actor)).doesNotContain(c);
                            assertThatThrownBy(() -> d.act(c, actor, "because", States.dataFor(v, c)))
                                    .isInstanceOfSatisfying(TransitionRefused.class, r -> assertThat(r.why())
                                            .isEqualTo(s.closed() ? TransitionRefused.Why.CLOSED
                                                    : TransitionRefused.Why.NOT_IN_THIS_STATE));
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void availableListsExactlyTheRowsOpenToTheActor() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V13, ReportState.HR_REVIEW);
        assertThat(d.workflow.available(d.view(), Reports.HR)).containsExactlyInAnyOrder(CommandType.APPROVE,
                CommandType.REQUEST_CLARIFICATION, CommandType.REJECT, CommandType.REQUEST_WORK_SCHEDULE_REVIEW);
        assertThat(d.workflow.available(d.view(), Reports.DOCTOR)).containsExactlyInAnyOrder(CommandType.WITHDRAW,
                CommandType.REQUEST_WORK_SCHEDULE_REVIEW);
        assertThat(d.workflow.available(d.view(), Reports.OTHER_DOCTOR)).isEmpty();
        assertThat(d.workflow.available(d.view(), Reports.SUPERVISOR)).isEmpty();
    }

    @Test
    void awaitingNamesTheRolesWhoseDecisionIsDue() throws TransitionRefused {
        Workflow w13 = Workflow.forVersion(ProcessVersion.V13);
        assertThat(w13.awaiting(States.reach(ProcessVersion.V13, ReportState.HR_REVIEW).view())).containsExactly(Role.HR);
        assertThat(w13.awaiting(States.reach(ProcessVersion.V13, ReportState.DME_REVIEW).view())).containsExactly(Role.DME);
        assertThat(w13.awaiting(States.reach(ProcessVersion.V13, ReportState.AWAITING_DOCTOR).view()))
                .containsExactly(Role.DOCTOR);
        assertThat(w13.awaiting(States.reach(ProcessVersion.V13, ReportState.GUARDIAN_REVIEW).view()))
                .containsExactly(Role.GUARDIAN);
        assertThat(w13.awaiting(States.reach(ProcessVersion.V13, ReportState.TOIL_PENDING).view()))
                .containsExactlyInAnyOrder(Role.DOCTOR, Role.HR);
        assertThat(w13.awaiting(States.reach(ProcessVersion.V13, ReportState.CLOSED_REJECTED).view())).isEmpty();
        Workflow w12 = Workflow.forVersion(ProcessVersion.V12);
        assertThat(w12.awaiting(States.reach(ProcessVersion.V12, ReportState.LEVEL_2_REVIEW).view()))
                .containsExactlyInAnyOrder(Role.DME, Role.GUARDIAN);
    }

    @Test
    void statesAndCommandsHaveLabelsForPeople() {
        assertThat(ReportState.HR_REVIEW.label()).isEqualTo("HR review");
        assertThat(ReportState.TOIL_PENDING.label()).isEqualTo("TOIL pending");
        assertThat(ReportState.CLOSED_COMPENSATED.label()).isEqualTo("closed compensated");
        for (CommandType c : CommandType.values()) {
            assertThat(c.label()).isNotBlank();
        }
        assertThat(CommandType.CHOOSE_TOIL.label()).isEqualTo("Choose time off in lieu");
    }

    @Test
    void reasonRequiredFollowsTheTable() {
        Workflow w13 = Workflow.forVersion(ProcessVersion.V13);
        assertThat(w13.reasonRequired(ReportState.HR_REVIEW, CommandType.REJECT)).isTrue();
        assertThat(w13.reasonRequired(ReportState.HR_REVIEW, CommandType.APPROVE)).isFalse();
        assertThat(w13.reasonRequired(ReportState.APPROVED, CommandType.WITHDRAW)).isTrue();
        assertThat(w13.reasonRequired(ReportState.APPROVED, CommandType.REJECT)).as("not possible there").isFalse();
        assertThat(Workflow.forVersion(ProcessVersion.V12).reasonRequired(ReportState.OUTCOME_PROPOSED,
                CommandType.ESCALATE)).isTrue();
    }
}
