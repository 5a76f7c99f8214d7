package org.rotaguard.benchmarks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rotaguard.core.reporting.Actor;
import org.rotaguard.core.reporting.Category;
import org.rotaguard.core.reporting.Command;
import org.rotaguard.core.reporting.CommandType;
import org.rotaguard.core.reporting.Deadlines;
import org.rotaguard.core.reporting.ProcessVersion;
import org.rotaguard.core.reporting.ReportEvent;
import org.rotaguard.core.reporting.ReportView;
import org.rotaguard.core.reporting.Role;
import org.rotaguard.core.reporting.Submission;
import org.rotaguard.core.reporting.TransitionRefused;
import org.rotaguard.core.reporting.Workflow;

/**
 * The exception-report workflow on one thread: what a server does per request — replay a report's
 * log into its view, decide a command, sweep it for missed deadlines — on a typical v13 log of
 * eight events (submitted, routed, clarification, reply, approved, TOIL chosen, booked, taken).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportingBenchmark {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Workflow workflow = Workflow.forVersion(ProcessVersion.V13);
    private final Deadlines deadlines = Deadlines.standard();
    private Submission submission;
    private List<ReportEvent> fullLog;
    private ReportView underReview;
    private Command approve;

    @Setup(Level.Trial)
    public void setUp() throws TransitionRefused {
        ZonedDateTime start = LocalDateTime.parse("2026-03-10T08:00").atZone(LONDON);
        submission = new Submission("c-1", "dr", "trust", "Medicine", "FY2", "General medicine", Set.of(Category.HOURS),
                start, start.plusHours(9), start, start.plusHours(10).plusMinutes(30), 0, false, null, null,
                "Stayed for a sick patient", "", List.of(), start.plusHours(11).toInstant());
        Actor doctor = Actor.of("dr", Role.DOCTOR);
        Actor hr = Actor.of("hr", Role.HR);
        List<ReportEvent> log = new ArrayList<>(workflow.submit("r-1", submission, doctor, ProcessVersion.V13));
        underReview = ReportView.replay(submission, log);
        approve = new Command(CommandType.APPROVE, hr, submission.submittedAt().plusSeconds(3600), "", Map.of());
        Instant t = submission.submittedAt();
        Object[][] steps = {{CommandType.REQUEST_CLARIFICATION, hr, Map.of()}, {CommandType.REPLY, doctor, Map.of()},
            {CommandType.APPROVE, hr, Map.of()}, {CommandType.CHOOSE_TOIL, doctor, Map.of()},
            {CommandType.BOOK_TOIL, doctor, Map.of(Command.DATE, "2026-03-20")}, {CommandType.TOIL_TAKEN, hr, Map.of()}};
        for (Object[] s : steps) {
            t = t.plusSeconds(3600);
            @SuppressWarnings("unchecked")
            Map<String, String> data = (Map<String, String>) s[2];
            log.addAll(workflow.decide(ReportView.replay(submission, log),
                    new Command((CommandType) s[0], (Actor) s[1], t, "reason", data)));
        }
        fullLog = List.copyOf(log);
    }

    /** Replay of the eight-event log into a view. */
    @Benchmark
    public ReportView replay() {
        return ReportView.replay(submission, fullLog);
    }

    /** A level-0 approval decided on a report under HR review. */
    @Benchmark
    public List<ReportEvent> decide() throws TransitionRefused {
        return workflow.decide(underReview, approve);
    }

    /** The deadline sweep of one open report (nothing due). */
    @Benchmark
    public List<ReportEvent> deadlineSweep() {
        return deadlines.missed(underReview, submission.submittedAt().plusSeconds(86_400));
    }

    /** Building and validating a submission. */
    @Benchmark
    public Submission validate() {
        return new Submission(submission.clientId(), submission.doctorUserId(), submission.employerId(),
                submission.department(), submission.grade(), submission.specialty(), submission.categories(),
                submission.rosteredStart(), submission.rosteredEnd(), submission.workedStart(), submission.workedEnd(),
                0, false, null, null, submission.narrative(), "", List.of(), submission.submittedAt());
    }
}
