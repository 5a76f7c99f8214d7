package org.rotaguard.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Random valid command sequences (and the clock running deadlines) on random reports of both
 * versions: the state is always one the table allows, and replaying the log — as stored and read
 * back — always gives the same view.
 */
class ReplayPropertyTest {
    private static final List<Actor> ACTORS = List.of(Reports.DOCTOR, Reports.HR, Reports.DME, Reports.GUARDIAN,
            Reports.SUPERVISOR);

    /** Everything a view shows, for comparison. */
    record Snapshot(ReportState state, ProcessVersion version, Route route, int level, Object outcome,
                    Object compensation, List<String> mandatoryToil, Object toil, int payMinutes, Object education,
                    boolean late, int missed, int wsr, Instant stateSince, int lastSeq) {
        static Snapshot of(ReportView v) {
            return new Snapshot(v.state(), v.version(), v.route(), v.level(), v.outcome(), v.compensation(),
                    v.mandatoryToil(), v.toil(), v.payMinutes(), v.educationOutcome(), v.late(),
                    v.missedDeadlines().size(), v.workScheduleReviewRequests().size(), v.stateSince(), v.lastSeq());
        }
    }

    private static Submission submission(int kind) {
        return switch (kind) {
            case 0 -> Reports.hours();
            case 1 -> Reports.education();
            case 2 -> Reports.noExtra();
            case 3 -> Reports.onCall(120, 300);
            default -> Reports.hoursV12();
        };
    }

    @Test
    void replayingTheLogAlwaysGivesTheSameView() {
        qt().withFixedSeed(2025L).withExamples(600).forAll(integers().between(0, 5),
                lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 25)).checkAssert((kind, choices) -> {
                    Submission s = submission(Math.min(kind, 4));
                    ProcessVersion v = kind >= 4 ? ProcessVersion.V12 : ProcessVersion.V13;
                    if (kind == 5) {
                        s = Reports.onCall(400, 500);
                    }
                    try {
                        run(v, s, choices);
                    } catch (TransitionRefused e) {
                        throw new AssertionError("a command the workflow offered was refused: " + e.getMessage(), e);
                    }
                });
    }

    private static void run(ProcessVersion v, Submission s, List<Integer> choices) throws TransitionRefused {
        Workflow w = Workflow.forVersion(v);
        Deadlines deadlines = Deadlines.standard();
        List<ReportEvent> log = new ArrayList<>(w.submit("r-p", s, Actor.of(s.doctorUserId(), Role.DOCTOR), v));
        Instant now = s.submittedAt();
        for (int choice : choices) {
            ReportView view = ReportView.replay(s, log);
            now = now.plus(Duration.ofHours(1 + choice % 200));
            if (choice % 7 == 0) {
                List<ReportEvent> missed = deadlines.missed(view, now);
                log.addAll(missed);
                assertThat(deadlines.missed(ReportView.replay(s, log), now)).as("idempotent").isEmpty();
                continue;
            }
            List<Map.Entry<Actor, CommandType>> options = new ArrayList<>();
            for (Actor a : ACTORS) {
                for (CommandType c : w.available(view, a)) {
                    options.add(Map.entry(a, c));
                }
            }
            if (view.state().closed()) {
                assertThat(options).allSatisfy(o -> assertThat(o.getValue())
                        .isEqualTo(CommandType.REQUEST_WORK_SCHEDULE_REVIEW));
            }
            if (options.isEmpty()) {
                break;
            }
            Map.Entry<Actor, CommandType> pick = options.get(choice % options.size());
            Map<String, String> data = new HashMap<>(States.dataFor(v, pick.getValue()));
            if (pick.getValue() == CommandType.AGREE_OUTCOME) {
                Outcome[] all = Outcome.values();
                Outcome o = all[(choice / 7) % all.length];
                if (s.extraMinutes() == 0 && (o == Outcome.TOIL || o == Outcome.PAY)
                        || o == Outcome.PAY && !view.mandatoryToil().isEmpty()) {
                    o = Outcome.NO_ACTION;
                }
                data.put(Command.OUTCOME, o.name());
            }
            if (pick.getValue() == CommandType.APPROVE && choice % 5 == 0) {
                data.put(Command.MANDATORY_TOIL, Safety.REST_UNDER_11H);
            }
            ReportState before = view.state();
            List<ReportEvent> events = w.decide(view, new Command(pick.getValue(), pick.getKey(), now, "reason " + choice,
                    data));
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).seq()).isEqualTo(log.size() + 1 + i);
            }
            log.addAll(events);
            ReportState after = ReportView.replay(s, log).state();
            Transition t = w.transitions().stream().filter(x -> x.from() == before && x.command() == pick.getValue())
                    .findFirst().orElseThrow();
            assertThat(t.to()).as(before + " " + pick.getValue()).contains(after);
        }
        for (ReportEvent e : log) {
            if (e.type() == EventType.DEADLINE_MISSED && e.get("deadline").equals("SUBMISSION") == false) {
                assertThat(e.at()).as("raised after its due instant").isAfter(Instant.parse(e.get("due")));
            }
        }
        ReportView once = ReportView.replay(s, log);
        assertThat(Snapshot.of(ReportView.replay(s, log))).isEqualTo(Snapshot.of(once));
        assertThat(Snapshot.of(ReportView.replay(s, stored(log)))).isEqualTo(Snapshot.of(once));
        assertThat(ReportView.replay(s, stored(log))).isEqualTo(once);
        for (int n = 1; n <= log.size(); n++) {
            assertThat(ReportView.replay(s, log.subList(0, n)).lastSeq()).isEqualTo(n);
        }
    }

    /** The log as written to and read back from storage: every field copied into new objects. */
    private static List<ReportEvent> stored(List<ReportEvent> log) {
        List<ReportEvent> out = new ArrayList<>();
        for (ReportEvent e : log) {
            out.add(new ReportEvent(new String(e.reportId()), e.seq(), EventType.valueOf(e.type().name()),
                    new Actor(e.actor().userId(), Role.valueOf(e.actor().role().name())),
                    Instant.ofEpochSecond(e.at().getEpochSecond(), e.at().getNano()), e.reason(),
                    ProcessVersion.valueOf(e.version().name()), new HashMap<>(e.data())));
        }
        return out;
    }

    @Test
    void aCorruptLogIsRefusedWithTheEventNamed() throws TransitionRefused {
        Reports.Driver d = States.reach(ProcessVersion.V13, ReportState.APPROVED);
        List<ReportEvent> log = new ArrayList<>(d.log);
        log.remove(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportView.replay(d.submission, log))
                .hasMessageContaining("event 2 has seq 3");
        List<ReportEvent> closedThenMore = new ArrayList<>(States.reach(ProcessVersion.V13, ReportState.WITHDRAWN).log);
        ReportEvent approve = d.log.get(2);
        closedThenMore.add(new ReportEvent(approve.reportId(), closedThenMore.size() + 1, approve.type(), approve.actor(),
                approve.at(), "", approve.version(), approve.data()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportView.replay(d.submission, closedThenMore))
                .hasMessageContaining("follows its closing");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportView.replay(d.submission, d.log.subList(1, 3)))
                .hasMessageContaining("starts with its SUBMITTED event");
    }
}
