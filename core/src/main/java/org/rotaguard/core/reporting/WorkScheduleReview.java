package org.rotaguard.core.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A work schedule review (2016 TCS Schedule 4): asked for by the doctor, the employer (HR or the
 * supervisor) or the guardian, e.g. after repeated exception reports; a meeting is held, an
 * outcome recorded (no change, or a change to the rota, the hours or the training), and the review
 * closed. The guardian oversees every review. Same event style as reports: an append-only log,
 * the state replayed from it. Sch 4's later levels (appeal) are not modelled.
 */
public final class WorkScheduleReview {
    public enum State { REQUESTED, MEETING_HELD, OUTCOME_RECORDED, CLOSED }

    public enum EventType { REQUESTED, MEETING_RECORDED, OUTCOME_RECORDED, CLOSED }

    /** What a review can decide (exception-reporting.md §5: the schedule, the hours or the training; HIGH). */
    public enum ReviewOutcome { NO_CHANGE, SCHEDULE_CHANGED, HOURS_CHANGED, TRAINING_CHANGED }

    /**
     * One event of a review's log.
     *
     * @param data e.g. {@code doctor}, {@code reports} (comma-separated report ids), {@code outcome}
     */
    public record Event(String reviewId, int seq, EventType type, Actor actor, Instant at, String reason,
                        Map<String, String> data) {
        public Event {
            if (reviewId == null || reviewId.isBlank() || seq < 1 || type == null || actor == null || at == null) {
                throw new IllegalArgumentException("a review event needs its review id, seq ≥ 1, type, actor and time");
            }
            reason = reason == null ? "" : reason;
            data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(data));
        }
    }

    /** Who may ask for a review, and who records its meeting, outcome and closing. */
    static final Set<Role> REQUESTERS = Set.of(Role.DOCTOR, Role.HR, Role.SUPERVISOR, Role.GUARDIAN);
    static final Set<Role> RECORDERS = Set.of(Role.HR, Role.SUPERVISOR, Role.GUARDIAN);

    private final List<Event> events;
    private final String doctorUserId;
    private final List<String> reportIds;
    private State state = State.REQUESTED;
    private ReviewOutcome outcome;

    private WorkScheduleReview(List<Event> events) {
        this.events = List.copyOf(events);
        Event first = events.get(0);
        this.doctorUserId = first.data().get("doctor");
        this.reportIds = ReportView.list(first.data().get("reports"));
    }

    /** The first event of a new review. */
    public static Event request(String reviewId, String doctorUserId, List<String> reportIds, Actor by, Instant at,
                                String reason) {
        if (!REQUESTERS.contains(by.role())) {
            throw new IllegalArgumentException(by.role() + " cannot ask for a work schedule review; the doctor, the"
                    + " employer (HR or the supervisor) or the guardian can");
        }
        if (by.role() == Role.DOCTOR && !by.userId().equals(doctorUserId)) {
            throw new IllegalArgumentException("a doctor asks for a review of their own work schedule only");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a work schedule review needs a reason");
        }
        return new Event(reviewId, 1, EventType.REQUESTED, by, at, reason,
                Map.of("doctor", doctorUserId, "reports", String.join(",", reportIds == null ? List.of() : reportIds)));
    }

    public static WorkScheduleReview replay(List<Event> events) {
        if (events == null || events.isEmpty() || events.get(0).type() != EventType.REQUESTED) {
            throw new IllegalArgumentException("a work schedule review's log starts with REQUESTED");
        }
        WorkScheduleReview r = new WorkScheduleReview(events);
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.seq() != i + 1 || !e.reviewId().equals(events.get(0).reviewId())) {
                throw new IllegalArgumentException("review " + events.get(0).reviewId() + ": event " + (i + 1)
                        + " is out of sequence");
            }
            switch (e.type()) {
                case REQUESTED -> r.state = State.REQUESTED;
                case MEETING_RECORDED -> r.state = State.MEETING_HELD;
                case OUTCOME_RECORDED -> {
                    r.outcome = ReviewOutcome.valueOf(e.data().get("outcome"));
                    r.state = State.OUTCOME_RECORDED;
                }
                case CLOSED -> r.state = State.CLOSED;
                default -> throw new IllegalStateException("unhandled " + e.type());
            }
        }
        return r;
    }

    /** Record the meeting (notes in the reason). */
    public Event recordMeeting(Actor by, Instant at, String notes) {
        check(by, at, State.REQUESTED, State.MEETING_HELD);
        return next(EventType.MEETING_RECORDED, by, at, notes, Map.of());
    }

    /** Record the outcome; a reason is required. */
    public Event recordOutcome(Actor by, Instant at, ReviewOutcome outcome, String reason) {
        check(by, at, State.MEETING_HELD);
        if (outcome == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an outcome and its reason are required");
        }
        return next(EventType.OUTCOME_RECORDED, by, at, reason, Map.of("outcome", outcome.name()));
    }

    public Event close(Actor by, Instant at, String reason) {
        check(by, at, State.OUTCOME_RECORDED);
        return next(EventType.CLOSED, by, at, reason, Map.of());
    }

    private void check(Actor by, Instant at, State... allowed) {
        if (!RECORDERS.contains(by.role())) {
            throw new IllegalArgumentException(by.role() + " cannot record a work schedule review; HR, the supervisor"
                    + " or the guardian can");
        }
        if (by.userId().equals(doctorUserId)) {
            throw new IllegalArgumentException("nobody records the review of their own work schedule");
        }
        if (!List.of(allowed).contains(state)) {
            throw new IllegalStateException("work schedule review " + id() + " is " + state + "; this step needs "
                    + List.of(allowed));
        }
        if (at.isBefore(events.get(events.size() - 1).at())) {
            throw new IllegalArgumentException("dated before the review's last event");
        }
    }

    private Event next(EventType type, Actor by, Instant at, String reason, Map<String, String> data) {
        return new Event(id(), events.size() + 1, type, by, at, reason, data);
    }

    public String id() {
        return events.get(0).reviewId();
    }

    public String doctorUserId() {
        return doctorUserId;
    }

    public List<String> reportIds() {
        return reportIds;
    }

    public State state() {
        return state;
    }

    public java.util.Optional<ReviewOutcome> outcome() {
        return java.util.Optional.ofNullable(outcome);
    }

    public Actor requestedBy() {
        return events.get(0).actor();
    }

    public List<Event> events() {
        return events;
    }
}
