package org.rotaguard.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report as its events make it: an immutable projection, only ever built by replaying the log
 * ({@link #replay}). Nothing here is stored apart from the events.
 */
public final class ReportView {
    private final String reportId;
    private final Submission submission;
    private final List<ReportEvent> events;
    private final ProcessVersion version;
    private final ReportState state;
    private final Instant stateSince;
    private final Route route;
    private final Set<Role> copiedTo;
    private final int level;
    private final Outcome outcome;
    private final boolean late;
    private final Compensation compensation;
    private final List<String> mandatoryToil;
    private final ToilEntry toil;
    private final int payMinutes;
    private final String educationOutcome;
    private final Set<String> raisedDeadlines;

    private ReportView(Submission submission, List<ReportEvent> events, Fold f) {
        this.submission = submission;
        this.events = events;
        this.reportId = events.get(0).reportId();
        this.version = f.version;
        this.state = f.state;
        this.stateSince = f.stateSince;
        this.route = f.route;
        this.copiedTo = f.copiedTo;
        this.level = f.level;
        this.outcome = f.outcome;
        this.late = f.late;
        this.compensation = f.compensation;
        this.mandatoryToil = f.mandatoryToil;
        this.toil = f.toil;
        this.payMinutes = f.payMinutes;
        this.educationOutcome = f.educationOutcome;
        this.raisedDeadlines = Set.copyOf(f.raisedDeadlines);
    }

    /**
     * Replays a report's log. The log must start with SUBMITTED, number its events 1, 2, 3… and keep
     * one report id and one version; nothing but oversight events may follow a closing event.
     *
     * @throws IllegalArgumentException naming the first event that breaks these rules
     */
    public static ReportView replay(Submission submission, List<ReportEvent> events) {
        if (submission == null) {
            throw new IllegalArgumentException("replay needs the submission");
        }
        if (events == null || events.isEmpty() || events.get(0).type() != EventType.SUBMITTED) {
            throw new IllegalArgumentException("a report's log starts with its SUBMITTED event");
        }
        List<ReportEvent> log = List.copyOf(events);
        String reportId = log.get(0).reportId();
        Fold v = new Fold(submission, reportId);
        for (int i = 0; i < log.size(); i++) {
            ReportEvent e = log.get(i);
            if (e.seq() != i + 1) {
                throw new IllegalArgumentException("report " + reportId + ": event " + (i + 1) + " has seq " + e.seq());
            }
            if (!e.reportId().equals(reportId)) {
                throw new IllegalArgumentException("report " + reportId + ": event " + e.seq() + " belongs to "
                        + e.reportId());
            }
            if (i > 0 && e.version() != v.version) {
                throw new IllegalArgumentException("report " + reportId + ": event " + e.seq() + " is under "
                        + e.version() + ", the report under " + v.version);
            }
            if (i > 0 && e.type() == EventType.SUBMITTED) {
                throw new IllegalArgumentException("report " + reportId + ": event " + e.seq() + " submits it again");
            }
            if (v.state.closed() && !oversight(e.type())) {
                throw new IllegalArgumentException("report " + reportId + ": event " + e.seq() + " (" + e.type()
                        + ") follows its closing in state " + v.state);
            }
            v.apply(e);
        }
        return new ReportView(submission, log, v);
    }

    /** Events that may follow a closed report because they do not change it. */
    static boolean oversight(EventType type) {
        return type == EventType.WORK_SCHEDULE_REVIEW_REQUESTED || type == EventType.DEADLINE_MISSED;
    }

    /** The fold over the log: mutable only while replaying, then copied into the view. */
    private static final class Fold {
        private final Submission submission;
        private final String reportId;
        private ProcessVersion version;
        private ReportState state = ReportState.SUBMITTED;
        private Instant stateSince;
        private Route route;
        private Set<Role> copiedTo = Set.of();
        private int level;
        private Outcome outcome;
        private boolean late;
        private Compensation compensation;
        private List<String> mandatoryToil = List.of();
        private ToilEntry toil;
        private int payMinutes;
        private String educationOutcome;
        private final Set<String> raisedDeadlines = new LinkedHashSet<>();

        Fold(Submission submission, String reportId) {
            this.submission = submission;
            this.reportId = reportId;
        }

        private void apply(ReportEvent e) {
            ReportState before = state;
            switch (e.type()) {
                case SUBMITTED -> {
                    version = e.version();
                    late = "true".equals(e.get("late"));
                }
                case ROUTED -> {
                    route = Route.valueOf(e.get("route"));
                    copiedTo = roles(e.get("copiedTo"));
                    state = reviewState();
                }
                case OUTCOME_AGREED -> {
                    outcome = Outcome.valueOf(e.get(Command.OUTCOME));
                    state = ReportState.OUTCOME_PROPOSED;
                }
                case OUTCOME_ACCEPTED -> {
                    // The effect (compensation or closing) follows as its own event.
                }
                case ESCALATED -> {
                    level = Integer.parseInt(e.get("level"));
                    state = ReportState.valueOf("LEVEL_" + level + "_REVIEW");
                }
                case APPROVED, UPHELD -> {
                    mandatoryToil = list(e.get(Command.MANDATORY_TOIL));
                    state = route == Route.DME ? ReportState.EDUCATION_ACTION : ReportState.APPROVED;
                }
                case CLARIFICATION_REQUESTED -> {
                    level = Math.max(level, 1);
                    state = ReportState.AWAITING_DOCTOR;
                }
                case DOCTOR_REPLIED -> state = reviewState();
                case REJECTED -> state = ReportState.REJECTED;
                case DISPUTED -> {
                    level = 2;
                    state = ReportState.GUARDIAN_REVIEW;
                }
                case REJECTION_ACCEPTED, REJECTION_CONFIRMED -> state = ReportState.CLOSED_REJECTED;
                case COMPENSATION_CHOSEN -> {
                    compensation = Compensation.valueOf(e.get("compensation"));
                    int minutes = Integer.parseInt(e.get("minutes"));
                    if (compensation == Compensation.TOIL) {
                        toil = new ToilEntry(reportId, submission.doctorUserId(), minutes, e.at(),
                                list(e.get(Command.MANDATORY_TOIL)), null, null, null);
                        state = ReportState.TOIL_PENDING;
                    } else {
                        payMinutes = minutes;
                        state = ReportState.PAY_PENDING;
                    }
                }
                case TOIL_BOOKED -> {
                    toil = toil.booked(LocalDate.parse(e.get(Command.DATE)));
                    state = ReportState.TOIL_BOOKED;
                }
                case TOIL_TAKEN -> {
                    toil = toil.taken(e.at());
                    state = ReportState.CLOSED_COMPENSATED;
                }
                case TOIL_EXPIRED -> {
                    toil = toil.expired(e.at());
                    compensation = Compensation.PAY;
                    payMinutes = toil.minutes();
                    state = ReportState.PAY_PENDING;
                }
                case PAID -> state = ReportState.CLOSED_COMPENSATED;
                case EDUCATION_OUTCOME_RECORDED -> {
                    educationOutcome = e.reason();
                    state = ReportState.CLOSED_EDUCATION;
                }
                case CLOSED -> state = ReportState.valueOf(e.get("state"));
                case WITHDRAWN -> state = ReportState.WITHDRAWN;
                case WORK_SCHEDULE_REVIEW_REQUESTED -> {
                    // Recorded in the log; the review itself is its own aggregate.
                }
                case DEADLINE_MISSED -> raisedDeadlines.add(e.get("deadline") + "@" + e.get("due"));
                default -> throw new IllegalStateException("unhandled event " + e.type());
            }
            if (state != before || stateSince == null) {
                stateSince = e.at();
            }
        }

        private ReportState reviewState() {
            return switch (route) {
                case SUPERVISOR -> ReportState.SUPERVISOR_REVIEW;
                case HR -> ReportState.HR_REVIEW;
                case DME -> ReportState.DME_REVIEW;
            };
        }
    }

    static List<String> list(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Set<Role> roles(String csv) {
        Set<Role> out = new LinkedHashSet<>();
        for (String s : list(csv)) {
            out.add(Role.valueOf(s));
        }
        return Set.copyOf(out);
    }

    public String reportId() {
        return reportId;
    }

    public Submission submission() {
        return submission;
    }

    public String doctorUserId() {
        return submission.doctorUserId();
    }

    /** The whole log, in order. */
    public List<ReportEvent> events() {
        return events;
    }

    public int lastSeq() {
        return events.size();
    }

    public ProcessVersion version() {
        return version;
    }

    public ReportState state() {
        return state;
    }

    /** When the current state was entered. */
    public Instant stateSince() {
        return stateSince;
    }

    public Instant submittedAt() {
        return events.get(0).at();
    }

    /** Null only before routing. */
    public Route route() {
        return route;
    }

    /** Roles told of the report besides its reviewer (the guardian always; the DME for mixed reports). */
    public Set<Role> copiedTo() {
        return copiedTo;
    }

    /** Review level reached: v12 0 (supervisor) to 3; v13 0 (standard), 1 (clarification), 2 (guardian). */
    public int level() {
        return level;
    }

    /** v12: the outcome last recorded. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** Submitted after the submission window closed (recorded, never refused). */
    public boolean late() {
        return late;
    }

    public Optional<Compensation> compensation() {
        return Optional.ofNullable(compensation);
    }

    /** Rule ids of the safe-working breach that makes TOIL mandatory (empty: the doctor may choose). */
    public List<String> mandatoryToil() {
        List<String> all = new ArrayList<>(Safety.restBreaches(submission));
        for (String r : mandatoryToil) {
            if (!all.contains(r)) {
                all.add(r);
            }
        }
        return List.copyOf(all);
    }

    public Optional<ToilEntry> toil() {
        return Optional.ofNullable(toil);
    }

    /** Minutes to be paid (chosen, agreed, or converted from TOIL); 0 when none. */
    public int payMinutes() {
        return payMinutes;
    }

    public Optional<String> educationOutcome() {
        return Optional.ofNullable(educationOutcome);
    }

    /** The decisions people took, in order (every event but the submission, routing and the clock's). */
    public List<ReportEvent> decisions() {
        return events.stream().filter(e -> e.actor().role() != Role.SYSTEM && e.type() != EventType.SUBMITTED
                && e.type() != EventType.ROUTED).toList();
    }

    /**
     * When the reviewer first acted (recorded an outcome, approved, asked for clarification or
     * rejected), for response-time figures; empty while nobody has.
     */
    public Optional<Instant> firstResponseAt() {
        return events.stream().filter(e -> e.type() == EventType.OUTCOME_AGREED || e.type() == EventType.APPROVED
                || e.type() == EventType.CLARIFICATION_REQUESTED || e.type() == EventType.REJECTED)
                .map(ReportEvent::at).findFirst();
    }

    /** DEADLINE_MISSED events raised so far. */
    public List<ReportEvent> missedDeadlines() {
        return events.stream().filter(e -> e.type() == EventType.DEADLINE_MISSED).toList();
    }

    boolean raised(DeadlineKind kind, Instant due) {
        return raisedDeadlines.contains(kind + "@" + due);
    }

    /** Work schedule reviews asked for on the strength of this report. */
    public List<ReportEvent> workScheduleReviewRequests() {
        return events.stream().filter(e -> e.type() == EventType.WORK_SCHEDULE_REVIEW_REQUESTED).toList();
    }

    @Override
    public String toString() {
        return "ReportView[" + reportId + " " + version + " " + state + " level " + level + " route " + route + "]";
    }

    /** Equality of projections: the same log over the same submission. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ReportView other && other.submission.equals(submission) && other.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }
}
